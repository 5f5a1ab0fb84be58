using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Finds totals that depend on themselves through other totals of the same direction and marks their
/// rules invalid: such a table cannot be filled or checked in any order.
/// </summary>
internal sealed class CycleFinder
{
    private readonly ProblemSink _sink;
    private readonly TableDraft _table;

    public CycleFinder(ProblemSink sink, TableDraft table)
    {
        _sink = sink;
        _table = table;
    }

    public void MarkCycles(RuleDirection direction)
    {
        // Edges: total data index -> part data indexes, with the rule and equation that state them.
        var edges = new Dictionary<int, List<(int Part, RuleDraft Rule, EquationDraft Equation)>>();
        foreach (var rule in _table.Rules.Where(r => r.IsValid && r.Direction == direction && !r.AcrossReports))
        {
            foreach (var equation in rule.Equations.Where(e => e.IsTotal))
            {
                var total = equation.Left[0].DataIndexes[0];
                if (!edges.TryGetValue(total, out var list))
                {
                    edges[total] = list = new List<(int, RuleDraft, EquationDraft)>();
                }

                foreach (var part in equation.Right)
                {
                    foreach (var index in part.DataIndexes)
                    {
                        list.Add((index, rule, equation));
                    }
                }
            }
        }

        // 1 = on the current path, 2 = done; sized for every data line at once, so thousands of totals never regrow it.
        var state = new Dictionary<int, int>(direction == RuleDirection.BetweenRows ? _table.Rows.Count : _table.Columns.Count);
        var path = new List<(int Part, RuleDraft Rule, EquationDraft Equation)>();
        foreach (var start in edges.Keys.OrderBy(k => k))
        {
            Visit(start, edges, state, path);
        }
    }

    /// <summary>
    /// Depth-first from <paramref name="root"/> with an explicit stack, so a chain of ten thousand totals cannot
    /// overflow the compiler's stack: each frame is a node and the index of its next edge.
    /// </summary>
    private void Visit(int root, Dictionary<int, List<(int Part, RuleDraft Rule, EquationDraft Equation)>> edges, Dictionary<int, int> state, List<(int Part, RuleDraft Rule, EquationDraft Equation)> path)
    {
        if (state.TryGetValue(root, out var rootState) && rootState == 2)
        {
            return;
        }

        var stack = new Stack<(int Node, int Next)>();
        state[root] = 1;
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (edges.TryGetValue(node, out var outgoing) && next < outgoing.Count)
            {
                stack.Push((node, next + 1));
                var edge = outgoing[next];
                state.TryGetValue(edge.Part, out var partState);
                if (partState == 1)
                {
                    Report(edge, path);
                }
                else if (partState == 0)
                {
                    path.Add(edge);
                    state[edge.Part] = 1;
                    stack.Push((edge.Part, 0));
                }

                continue;
            }

            // Every edge of the node is done: it leaves the path.
            state[node] = 2;
            if (stack.Count > 0)
            {
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>The most totals a cycle message lists; a longer cycle is named by its ends and its length.</summary>
    private const int NamesShown = 8;

    private void Report((int Part, RuleDraft Rule, EquationDraft Equation) closing, List<(int Part, RuleDraft Rule, EquationDraft Equation)> path)
    {
        var start = path.FindIndex(e => e.Equation.Left[0].DataIndexes[0] == closing.Part);
        var cycle = path.Skip(start < 0 ? path.Count : start).Append(closing).ToList();
        var names = cycle.Select(e => e.Equation.Left[0].Id).Append(cycle[0].Equation.Left[0].Id).ToList();
        var chain = names.Count <= NamesShown
            ? string.Join(" → ", names)
            : string.Join(" → ", names.Take(NamesShown - 2)) + $" → … ({names.Count - 1} totals) → " + string.Join(" → ", names.Skip(names.Count - 2));

        // Each rule once, at the first equation of it in the cycle: one pass, whatever the cycle's length.
        var reported = new HashSet<RuleDraft>();
        foreach (var (_, rule, equation) in cycle)
        {
            if (!rule.IsValid || !reported.Add(rule))
            {
                continue;
            }

            _sink.Reject(
                rule,
                TemplateProblemKind.CyclicTotal,
                equation.Left[0].Span,
                $"The total '{equation.Left[0].Id}' of rule '{rule.Id}' depends on itself through other totals ({chain}). Break the cycle: a total may not be part of its own parts.");
        }
    }
}
