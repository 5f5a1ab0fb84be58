using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Binding;

/// <summary>Keeps the valid parts of a validated draft as the immutable, span-free model.</summary>
internal static class TemplateFreezer
{
    public static Template? Freeze(TemplateDraft draft)
    {
        if (draft.Namespace is null)
        {
            return null;
        }

        var tables = draft.Tables.Where(t => t.IsValid).Select(Freeze).ToEquatableArray();
        var claims = draft.Claims.Where(c => c.IsValid)
            .Select(c => new Claim(c.Id, c.Label, c.Severity, c.Resolved.ToEquatableArray(), c.Patterns.Select(p => p.Text).ToEquatableArray(), c.NotNear.ToEquatableArray()))
            .ToEquatableArray();
        return new Template(draft.Id, draft.Title, draft.Notice, draft.Namespace, draft.DomainRule, tables, draft.Supersedes, claims, draft.IsPublic);
    }

    private static Table Freeze(TableDraft table) => new(
        table.Id,
        table.SectionNumber,
        table.SectionLabel,
        table.Number,
        table.Label,
        table.Corner,
        table.Columns.Select(Freeze).ToEquatableArray(),
        table.Rows.Select(Freeze).ToEquatableArray(),
        table.Rules.Where(r => r.IsValid && !r.AcrossReports).Select(Freeze).ToEquatableArray(),
        table.Was,
        table.KeepsFormerName,
        table.Rules.Where(r => r.IsValid && r.AcrossReports).Select(Freeze).ToEquatableArray());

    private static Header Freeze(HeaderDraft header) =>
        new(header.Id, header.Number, header.Label, header.Parent, header.Depth, header.DataIndex, header.Kind, header.Unit, header.Decimals, header.HasMember, header.Was, header.KeepsFormerName);

    private static Rule Freeze(RuleDraft rule) => new(
        rule.Id,
        rule.Severity,
        rule.Message,
        rule.Direction,
        rule.Equations.Select(e => new Equation(
            e.IsTotal,
            DataIndexes(e.Left),
            DataIndexes(e.Right),
            PreviousHeaderIndexes(e.Left),
            PreviousHeaderIndexes(e.Right))).ToEquatableArray());

    /// <summary>The data indexes this report's terms of one side stand for, in order (a group's data under it).</summary>
    private static EquatableArray<int> DataIndexes(List<TermDraft> side)
    {
        var count = 0;
        foreach (var term in side)
        {
            count += term.IsPrevious ? 0 : term.DataIndexes.Count;
        }

        var items = new int[count];
        var at = 0;
        foreach (var term in side)
        {
            if (!term.IsPrevious)
            {
                term.DataIndexes.CopyTo(items, at);
                at += term.DataIndexes.Count;
            }
        }

        return EquatableArray<int>.TakeOwnership(items);
    }

    /// <summary>The header indexes of the previous report's terms of one side, in order.</summary>
    private static EquatableArray<int> PreviousHeaderIndexes(List<TermDraft> side)
    {
        var count = 0;
        foreach (var term in side)
        {
            count += term.IsPrevious ? 1 : 0;
        }

        if (count == 0)
        {
            return EquatableArray<int>.Empty;
        }

        var items = new int[count];
        var at = 0;
        foreach (var term in side)
        {
            if (term.IsPrevious)
            {
                items[at++] = term.HeaderIndex;
            }
        }

        return EquatableArray<int>.TakeOwnership(items);
    }
}
