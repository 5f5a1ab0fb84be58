namespace TemplateGen.Localization;

/// <summary>A data cell of one of the tables being localized: the table's position in the list, and the cell's data row and column.</summary>
internal readonly struct CellKey
{
    public CellKey(int table, int row, int column)
    {
        Table = table;
        Row = row;
        Column = column;
    }

    public int Table { get; }

    public int Row { get; }

    public int Column { get; }
}
