using System.Collections.Generic;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// A table's rows or columns looked up by id and by data index in constant time, built once per list, so that
/// checking every term of every rule stays linear in the template's size.
/// </summary>
internal sealed class HeaderIndex
{
    private readonly Dictionary<string, int> _byId;

    /// <summary>Data headers by data index, which runs 0, 1, 2… in list order.</summary>
    private readonly List<HeaderDraft> _byDataIndex;

    // Sized once from the list: at thousands of headers, growing would allocate each table again on the large object heap.
    private HeaderIndex(List<HeaderDraft> headers)
    {
        _byId = new Dictionary<string, int>(headers.Count);
        _byDataIndex = new List<HeaderDraft>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            // The first header of an id, as a scan would find it; later ones are duplicates the validator reports.
            if (!_byId.ContainsKey(headers[i].Id))
            {
                _byId.Add(headers[i].Id, i);
            }

            if (!headers[i].IsGroup)
            {
                _byDataIndex.Add(headers[i]);
            }
        }
    }

    /// <summary>The index of the first header with <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _byId.TryGetValue(id, out var index) ? index : -1;

    /// <summary>The data header with <paramref name="dataIndex"/>.</summary>
    public HeaderDraft AtData(int dataIndex) => _byDataIndex[dataIndex];

    /// <summary>Whether the header at <paramref name="index"/> is the first with its id.</summary>
    public bool IsFirstOfItsId(int index, List<HeaderDraft> headers) => _byId[headers[index].Id] == index;

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
