using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Checks a table's rules as one system, as statistical offices check rule sets (validatetools): a rule the earlier
/// rules imply (TG0310), rules that together force cells to 0 (TG0309), and a cell the rules make a plain sum of
/// others though no rule marks it as a total (TG0311).
/// </summary>
/// <remarks>
/// A rule between rows holds in every data column, one between columns in every data row, so the cells' system is
/// the product of a system over the rows and one over the columns: its solutions are the products of theirs. A rule
/// between rows is implied by the others exactly when it is in the row system, and a cell is forced to 0 exactly when
/// its row is in the row system (in the columns that may not be negative) or its column in the column system. So each
/// direction is analyzed on its own small system, by exact elimination over rationals (<see cref="RuleSystem"/>),
/// with the rules in the order the template declares them: the later of two rules that imply each other is the one
/// reported. A value that would overflow leaves the analysis unsaid, never wrong.
/// </remarks>
internal sealed class RuleSetChecker
{
    private readonly ProblemSink _sink;
    private readonly TableDraft _table;

    public RuleSetChecker(ProblemSink sink, TableDraft table)
    {
        _sink = sink;
        _table = table;
    }

    public void Check()
    {
        Check(RuleDirection.BetweenRows);
        Check(RuleDirection.BetweenColumns);
    }

    private void Check(RuleDirection direction)
    {
        var headers = direction == RuleDirection.BetweenRows ? _table.Rows : _table.Columns;
        var rules = _table.Rules.Where(r => r.IsValid && !r.AcrossReports && r.Direction == direction).ToList();
        if (rules.Count == 0)
        {
            return;
        }

        var data = headers.Where(h => !h.IsGroup).OrderBy(h => h.DataIndex).ToList();
        var totals = new HashSet<int>(rules.SelectMany(r => r.Equations).Where(e => e.IsTotal && e.Left.Count > 0).SelectMany(e => e.Left[0].DataIndexes));
        var system = new RuleSystem(data.Count);
        var implied = new List<(RuleDraft Rule, HashSet<int> From)>();
        for (var k = 0; k < rules.Count; k++)
        {
            var from = new HashSet<int>();
            var independent = false;
            foreach (var equation in rules[k].Equations)
            {
                var preferred = equation.IsTotal && equation.Left.Count > 0 && equation.Left[0].DataIndexes.Count == 1 ? equation.Left[0].DataIndexes[0] : -1;
                var outcome = system.Add(Terms(equation), k, preferred, from);
                if (outcome is null)
                {
                    return; // too large for exact 64-bit arithmetic: say nothing rather than something wrong
                }

                independent |= outcome.Value;
            }

            from.Remove(k);
            if (!independent && from.Count > 0)
            {
                implied.Add((rules[k], from));
            }
        }

        foreach (var (rule, from) in implied)
        {
            var names = RuleList(from.OrderBy(i => i).Select(i => rules[i].Id));
            _sink.Info(
                TemplateProblemKind.RuleImplied,
                rule.IdSpan,
                $"Rule '{rule.Id}' in {_table.Describe()} follows from {names}: it holds wherever {(from.Count == 1 ? "that holds" : "those hold")}, so it never fails on its own. Remove it to keep the rules minimal, or check its terms against the official rule.",
                fix: rule.Removal is { } removal ? TemplateFix.Replace($"Remove rule {rule.Id}", removal.Start, removal.Length, "") : null);
        }

        var noun = direction == RuleDirection.BetweenRows ? "row" : "column";
        var lines = direction == RuleDirection.BetweenRows ? "column" : "row";
        // Rows may be negative only where every column is signed; a column, where it is signed itself.
        var everyColumnSigned = _table.Columns.Where(c => !c.IsGroup).All(c => c.Kind == ValueKind.SignedCount);
        bool MayBeNegative(int v) => direction == RuleDirection.BetweenRows ? everyColumnSigned : data[v].Kind == ValueKind.SignedCount;
        var forced = false;
        foreach (var (cells, from) in system.ForcedToZero(MayBeNegative))
        {
            var involved = from.OrderBy(i => i).Select(i => rules[i]).ToList();
            var names = string.Join(", ", cells.Select(c => $"'{data[c].Id}'"));
            _sink.Warning(
                TemplateProblemKind.RulesForceZero,
                involved[involved.Count - 1].IdSpan,
                $"{ProblemText.Capitalize(RuleList(involved.Select(r => r.Id)))} in {_table.Describe()} together force the {noun}{(cells.Count == 1 ? "" : "s")} {names} to be 0 in every {lines}: no values that may not be negative satisfy them otherwise. Check their terms against the official rules.",
                related: involved.Count > 1 ? involved[0].IdSpan : null);
            forced = true;
        }

        // Cells forced to 0 make other cells equal by accident: the contradiction is what to mend first.
        foreach (var (readings, from) in forced ? Enumerable.Empty<(List<(int, List<int>)>, HashSet<int>)>() : system.PlainSums())
        {
            // A total is meant to be a sum; one rule that says "x = y" says so on purpose.
            var unmarked = readings.Where(r => !totals.Contains(r.Item1) && (r.Item2.Count > 1 || from.Count > 1)).ToList();
            if (unmarked.Count == 0 || readings.Any(r => totals.Contains(r.Item1)))
            {
                continue;
            }

            var (cell, parts) = unmarked[0];

            var involved = from.OrderBy(i => i).Select(i => rules[i]).ToList();
            var sum = string.Join(" + ", parts.Select(p => $"'{data[p].Id}'"));
            var relation = parts.Count == 1 ? $"always equal to {sum}" : $"always the sum {sum}";
            _sink.Info(
                TemplateProblemKind.CellFixedByRules,
                data[cell].IdSpan,
                $"The {noun} '{data[cell].Id}' in {_table.Describe()} is {relation} under {RuleList(involved.Select(r => r.Id))}, but no rule marks it as a total. If it is one, declare it with \"total\" and \"parts\"; if not, a part is probably wrong.",
                related: involved[involved.Count - 1].IdSpan);
        }
    }

    /// <summary>An equation as coefficients: +1 for each cell on the left, −1 on the right (a group stands for its cells).</summary>
    private static Dictionary<int, long> Terms(EquationDraft equation)
    {
        var terms = new Dictionary<int, long>();
        Add(terms, equation.Left, 1L);
        Add(terms, equation.Right, -1L);
        List<int>? zeros = null;
        foreach (var term in terms)
        {
            if (term.Value == 0)
            {
                (zeros ??= new List<int>()).Add(term.Key);
            }
        }

        // Removed after the loop: a dictionary may not change while it is enumerated on .NET Framework, where VS runs us.
        if (zeros is not null)
        {
            foreach (var zero in zeros)
            {
                terms.Remove(zero);
            }
        }

        return terms;
    }

    private static void Add(Dictionary<int, long> terms, List<TermDraft> side, long sign)
    {
        foreach (var term in side)
        {
            foreach (var index in term.DataIndexes)
            {
                terms[index] = (terms.TryGetValue(index, out var c) ? c : 0) + sign;
            }
        }
    }

    private static string RuleList(IEnumerable<string> ids)
    {
        var list = ids.Select(id => $"'{id}'").ToList();
        var names = list.Count <= 2 ? string.Join(" and ", list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
        return (list.Count == 1 ? "rule " : "rules ") + names;
    }
}
