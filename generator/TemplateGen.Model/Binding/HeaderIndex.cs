using System.Collections.Generic;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// A table's rows or columns looked up by id and by data index in constant time, built once per list, so that
/// checking every term of every rule stays linear in the template's size.
/// </summary>
internal sealed class HeaderIndex
{
    private readonly Dictionary<string, int> _byId = new();
    private readonly Dictionary<int, HeaderDraft> _byDataIndex = new();

    private HeaderIndex(List<HeaderDraft> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            // The first header of an id, as a scan would find it; later ones are duplicates the validator reports.
            if (!_byId.ContainsKey(headers[i].Id))
            {
                _byId.Add(headers[i].Id, i);
            }

            if (headers[i].DataIndex >= 0 && !_byDataIndex.ContainsKey(headers[i].DataIndex))
            {
                _byDataIndex.Add(headers[i].DataIndex, headers[i]);
            }
        }
    }

    /// <summary>The index of the first header with <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _byId.TryGetValue(id, out var index) ? index : -1;

    /// <summary>The data header with <paramref name="dataIndex"/>.</summary>
    public HeaderDraft AtData(int dataIndex) => _byDataIndex[dataIndex];

    /// <summary>The index of a list, built on first use and kept for the list.</summary>
    public static HeaderIndex Of(List<HeaderDraft> headers, Dictionary<List<HeaderDraft>, HeaderIndex> cache)
    {
        if (!cache.TryGetValue(headers, out var index))
        {
            cache.Add(headers, index = new HeaderIndex(headers));
        }

        return index;
    }
}
