namespace TemplateGen.Templates.Json;

/// <summary>
/// One string per distinct property name of a template: the same few dozen names ("id", "label", "children" …) are
/// written thousands of times, and each would otherwise be a string of its own in every load, on every keystroke.
/// </summary>
/// <remarks>
/// Open addressing over a power-of-two table, doubled at half full. A name that meets more than
/// <see cref="MaxProbes"/> occupied slots is returned as a new string instead of stored, so text crafted to collide
/// costs a bounded amount per name and the reader stays linear in the template's size.
/// </remarks>
internal sealed class NameTable
{
    private const int MaxProbes = 8;
    private const int MaxLength = 64;
    private string?[] _slots = new string?[64];
    private int _count;

    /// <summary>The name written in <paramref name="text"/> at <paramref name="start"/>, as the string this table keeps for it.</summary>
    public string Get(string text, int start, int length)
    {
        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        var mask = _slots.Length - 1;
        var slot = Hash(text, start, length) & mask;
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
        {
            var name = _slots[slot];
            if (name is null)
            {
                name = text.Substring(start, length);
                _slots[slot] = name;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return name;
            }

            if (name.Length == length && string.CompareOrdinal(name, 0, text, start, length) == 0)
            {
                return name;
            }
        }

        return text.Substring(start, length);
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the characters.
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash & int.MaxValue;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        _count = 0;
        var mask = _slots.Length - 1;
        foreach (var name in old)
        {
            if (name is null)
            {
                continue;
            }

            var slot = Hash(name, 0, name.Length) & mask;
            for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
            {
                if (_slots[slot] is null)
                {
                    _slots[slot] = name;
                    _count++;
                    break;
                }
            }
        }
    }
}
