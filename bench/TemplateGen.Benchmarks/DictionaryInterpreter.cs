namespace TemplateGen.Benchmarks;

/// <summary>
/// The baseline for the generated checks: the same rules, evaluated the way a rule engine without generated code
/// does, looking every cell up by its table, row and column ids in a dictionary of decimals.
/// </summary>
internal sealed class DictionaryInterpreter
{
    private readonly TemplateMetadata _metadata;
    private readonly Dictionary<(string Table, string Row, string Column), decimal?> _cells = new();

    public DictionaryInterpreter(IReport report)
    {
        _metadata = report.Metadata;
        foreach (var table in report.Tables)
        {
            var metadata = table.Metadata;
            for (var r = 0; r < metadata.DataRows.Count; r++)
            {
                for (var c = 0; c < metadata.DataColumns.Count; c++)
                {
                    _cells[(metadata.Id, metadata.DataRows[r].Id, metadata.DataColumns[c].Id)] = table.GetValue(r, c);
                }
            }
        }
    }

    /// <summary>Every failed or incomplete equation as (rule, line), or null when all hold.</summary>
    public List<(string Rule, string Line)>? Validate()
    {
        List<(string Rule, string Line)>? violations = null;
        foreach (var table in _metadata.Tables)
        {
            foreach (var rule in table.Rules)
            {
                var lines = rule.Direction == RuleDirection.BetweenRows ? table.DataColumns : table.DataRows;
                foreach (var equation in rule.Equations)
                {
                    foreach (var line in lines)
                    {
                        var left = Sum(table, rule, equation.Left, line);
                        var right = Sum(table, rule, equation.Right, line);
                        if (left is null || right is null || Math.Abs(left.Value.Sum - right.Value.Sum) > left.Value.Tolerance + right.Value.Tolerance)
                        {
                            (violations ??= new()).Add((rule.Id, line.Id));
                        }
                    }
                }
            }

            if (table.DomainRule is { } domain)
            {
                foreach (var row in table.DataRows)
                {
                    foreach (var column in table.DataColumns)
                    {
                        if (column.Kind == ValueKind.Count && _cells[(table.Id, row.Id, column.Id)] < 0)
                        {
                            (violations ??= new()).Add((domain.Id, column.Id));
                        }
                    }
                }
            }
        }

        return violations;
    }

    /// <summary>Fills totals from their parts, pass after pass until nothing changes, as an engine without a fill order must.</summary>
    public void ComputeTotals()
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var table in _metadata.Tables)
            {
                foreach (var rule in table.Rules)
                {
                    var lines = rule.Direction == RuleDirection.BetweenRows ? table.DataColumns : table.DataRows;
                    foreach (var equation in rule.Equations)
                    {
                        if (!equation.IsTotal)
                        {
                            continue;
                        }

                        foreach (var line in lines)
                        {
                            var total = Key(table, rule, equation.Left[0], line);
                            if (Sum(table, rule, equation.Right, line) is { } parts && _cells[total] != parts.Sum)
                            {
                                _cells[total] = parts.Sum;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
    }

    private (decimal Sum, decimal Tolerance)? Sum(TableMetadata table, RuleMetadata rule, IReadOnlyList<int> terms, HeaderMetadata line)
    {
        decimal sum = 0, tolerance = 0;
        foreach (var term in terms)
        {
            if (!(_cells[Key(table, rule, term, line)] is decimal value))
            {
                return null;
            }

            sum += value;
            tolerance += (rule.Direction == RuleDirection.BetweenRows ? line : table.DataColumns[term]).RoundingOf(value);
        }

        return (sum, tolerance);
    }

    private static (string Table, string Row, string Column) Key(TableMetadata table, RuleMetadata rule, int term, HeaderMetadata line) =>
        rule.Direction == RuleDirection.BetweenRows
            ? (table.Id, table.DataRows[term].Id, line.Id)
            : (table.Id, line.Id, table.DataColumns[term].Id);
}
