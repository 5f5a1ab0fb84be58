using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Checks what a valid rule covers: a total that leaves out a data row of its own group (the mistake behind
/// published （七）总计 that are not the sum of their outcome rows), and an equation that can never fail.
/// </summary>
internal sealed class CoverageChecker
{
    private readonly ProblemSink _sink;
    private readonly TableDraft _table;
    private readonly RuleDraft _rule;
    private readonly List<HeaderDraft> _headers;
    private readonly HeaderIndex _index;

    public CoverageChecker(ProblemSink sink, TableDraft table, RuleDraft rule, HeaderIndex index)
    {
        _sink = sink;
        _table = table;
        _rule = rule;
        _headers = rule.Direction == RuleDirection.BetweenRows ? table.Rows : table.Columns;
        _index = index;
    }

    public void Check()
    {
        foreach (var equation in _rule.Equations)
        {
            var left = DataIndexes(equation.Left);
            var right = DataIndexes(equation.Right);
            if (left.SetEquals(right))
            {
                _sink.Warning(
                    TemplateProblemKind.RuleAlwaysTrue,
                    _rule.IdSpan,
                    $"Rule '{_rule.Id}' in {_table.Describe()} has the same {_rule.TermNoun}s on both sides, so it can never fail. Check its terms against the official rule.");
                continue;
            }

            if (equation.IsTotal)
            {
                CheckLeftOut(equation, right);
            }
        }
    }

    private void CheckLeftOut(EquationDraft equation, HashSet<int> parts)
    {
        var totalTerm = equation.Left[0];
        var total = _headers[_index.IndexOf(totalTerm.Id)];
        if (total.Parent < 0)
        {
            return;
        }

        var group = _headers[total.Parent];
        var missing = TemplateValidator.DataDescendants(_headers, total.Parent)
            .Where(i => i != total.DataIndex && !parts.Contains(i))
            .Select(_index.AtData)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", missing.Select(h => $"'{h.Id}' ({h.Number}{h.Label})"));
        var lastPart = equation.Right[equation.Right.Count - 1];
        var insertion = string.Concat(missing.Select(h => $", \"{h.Id}\""));
        _sink.Warning(
            TemplateProblemKind.PartLeftOut,
            totalTerm.Span,
            $"The total '{total.Id}' of rule '{_rule.Id}' leaves out {names}, under the same group '{group.Number}{group.Label}'. Add {(missing.Count == 1 ? "it" : "them")} to the parts, or move {(missing.Count == 1 ? "it" : "them")} out of the group.",
            fix: TemplateFix.Replace($"Add {string.Join(", ", missing.Select(h => h.Id))} to the parts", lastPart.Span.End, 0, insertion));
    }

    private static HashSet<int> DataIndexes(List<TermDraft> side)
    {
        var indexes = new HashSet<int>();
        foreach (var term in side)
        {
            foreach (var index in term.DataIndexes)
            {
                indexes.Add(index);
            }
        }

        return indexes;
    }
}
