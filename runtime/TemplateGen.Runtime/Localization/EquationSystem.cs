using System.Collections.Generic;

namespace TemplateGen.Localization;

/// <summary>
/// Every balance equation of a set of tables, over numbered cells: each rule's equations in every data line, as
/// the generated Validate() checks them. Cell ids are dense: table offset + row × columns + column.
/// </summary>
internal sealed class EquationSystem
{
    private readonly int[] _offsets;

    private EquationSystem(IReadOnlyList<IReportTable> tables)
    {
        Tables = tables;
        _offsets = new int[tables.Count + 1];
        for (var t = 0; t < tables.Count; t++)
        {
            var metadata = tables[t].Metadata;
            _offsets[t + 1] = _offsets[t] + metadata.DataRows.Count * metadata.DataColumns.Count;
        }

        Values = new decimal?[_offsets[tables.Count]];
        Keys = new CellKey[Values.Length];
        for (var t = 0; t < tables.Count; t++)
        {
            var metadata = tables[t].Metadata;
            for (var r = 0; r < metadata.DataRows.Count; r++)
            {
                for (var c = 0; c < metadata.DataColumns.Count; c++)
                {
                    var id = Id(t, r, c);
                    Values[id] = tables[t].GetValue(r, c);
                    Keys[id] = new CellKey(t, r, c);
                }
            }
        }

        for (var t = 0; t < tables.Count; t++)
        {
            AddEquations(t, tables[t].Metadata);
        }

        Terms = new int[Equations.Count][];
        for (var e = 0; e < Equations.Count; e++)
        {
            Terms[e] = new int[Equations[e].Left.Length + Equations[e].Right.Length];
            Equations[e].Left.CopyTo(Terms[e], 0);
            Equations[e].Right.CopyTo(Terms[e], Equations[e].Left.Length);
        }

        EquationsOf = new List<int>[Values.Length];
        for (var e = 0; e < Equations.Count; e++)
        {
            foreach (var side in new[] { Equations[e].Left, Equations[e].Right })
            {
                foreach (var cell in side)
                {
                    (EquationsOf[cell] ??= new List<int>()).Add(e);
                }
            }
        }
    }

    public IReadOnlyList<IReportTable> Tables { get; }

    /// <summary>Every cell's value as reported; null for a blank.</summary>
    public decimal?[] Values { get; }

    public CellKey[] Keys { get; }

    public List<BalanceEquation> Equations { get; } = new();

    /// <summary>Every term of each equation, left then right.</summary>
    public int[][] Terms { get; }

    /// <summary>The equations each cell is a term of (null for a cell in none).</summary>
    public List<int>?[] EquationsOf { get; }

    public static EquationSystem Of(IReadOnlyList<IReportTable> tables) => new(tables);

    public int Id(int table, int row, int column) => _offsets[table] + row * Tables[table].Metadata.DataColumns.Count + column;

    public HeaderMetadata Row(int cell) => Tables[Keys[cell].Table].Metadata.DataRows[Keys[cell].Row];

    public HeaderMetadata Column(int cell) => Tables[Keys[cell].Table].Metadata.DataColumns[Keys[cell].Column];

    public TableMetadata Table(int cell) => Tables[Keys[cell].Table].Metadata;

    /// <summary>Whether an equation holds with the given values (null when a term is blank): counts exactly, amounts within their rounding.</summary>
    public bool? Holds(BalanceEquation equation, decimal?[] values)
    {
        // Called for every candidate set the localizer examines: no allocation, no interface dispatch.
        decimal difference = 0, tolerance = 0;
        if (!AddSide(equation.Left, 1m, values, ref difference, ref tolerance) || !AddSide(equation.Right, -1m, values, ref difference, ref tolerance))
        {
            return null;
        }

        return difference < 0 ? -difference <= tolerance : difference <= tolerance;
    }

    private bool AddSide(int[] side, decimal sign, decimal?[] values, ref decimal difference, ref decimal tolerance)
    {
        foreach (var cell in side)
        {
            if (values[cell] is not { } value)
            {
                return false;
            }

            difference += sign * value;
            tolerance += Column(cell).RoundingOf(value);
        }

        return true;
    }

    private void AddEquations(int t, TableMetadata metadata)
    {
        foreach (var rule in metadata.Rules)
        {
            var betweenRows = rule.Direction == RuleDirection.BetweenRows;
            var lines = betweenRows ? metadata.DataColumns.Count : metadata.DataRows.Count;
            foreach (var equation in rule.Equations)
            {
                for (var line = 0; line < lines; line++)
                {
                    int[] Cells(IReadOnlyList<int> terms)
                    {
                        var cells = new int[terms.Count];
                        for (var i = 0; i < terms.Count; i++)
                        {
                            var (row, column) = betweenRows ? (terms[i], line) : (line, terms[i]);
                            cells[i] = Id(t, row, column);
                        }

                        return cells;
                    }

                    Equations.Add(new BalanceEquation(rule, Cells(equation.Left), Cells(equation.Right)));
                }
            }
        }
    }
}
