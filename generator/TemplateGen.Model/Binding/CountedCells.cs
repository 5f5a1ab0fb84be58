namespace TemplateGen.Templates.Binding;

/// <summary>
/// Sets of data indexes, each remembering the term that counted an index first, for checking the sides of every
/// equation of a template. A set is a stamp: a new one costs nothing and none is ever cleared, so checking stays
/// linear however many equations there are and however large one of them is (a dictionary per side was most of the
/// validator's garbage at thousands of rows).
/// </summary>
internal sealed class CountedCells
{
    private int[] _stamps = new int[0];
    private TermDraft?[] _terms = new TermDraft?[0];
    private int _last;

    /// <summary>A new empty set over data indexes below <paramref name="size"/>.</summary>
    public int NewSet(int size)
    {
        if (_stamps.Length < size)
        {
            // Grown to the largest list seen; a stamp never seen before marks nothing in the new part.
            System.Array.Resize(ref _stamps, size);
            System.Array.Resize(ref _terms, size);
        }

        return ++_last;
    }

    /// <summary>Whether <paramref name="set"/> has counted <paramref name="dataIndex"/>.</summary>
    public bool Has(int set, int dataIndex) => _stamps[dataIndex] == set;

    /// <summary>The term through which <paramref name="set"/> counted <paramref name="dataIndex"/> first; asked only when <see cref="Has"/> says it did.</summary>
    public TermDraft TermOf(int set, int dataIndex) => _terms[dataIndex]!;

    /// <summary>Counts <paramref name="dataIndex"/> in <paramref name="set"/> through <paramref name="term"/>, unless it is counted already.</summary>
    public void CountOnce(int set, int dataIndex, TermDraft term)
    {
        if (_stamps[dataIndex] != set)
        {
            _stamps[dataIndex] = set;
            _terms[dataIndex] = term;
        }
    }
}
