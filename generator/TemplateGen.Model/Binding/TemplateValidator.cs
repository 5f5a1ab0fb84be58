using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Checks a bound template for what would break generation or the generated checks, and marks the
/// affected table or rule invalid so the rest can still be generated.
/// </summary>
internal sealed class TemplateValidator
{
    private readonly ProblemSink _sink;
    private readonly Dictionary<List<HeaderDraft>, HeaderIndex> _indexes = new();

    /// <summary>Which data headers each side of an equation has counted, and through which term.</summary>
    private readonly CountedCells _counted = new();

    /// <summary>The ids of each list of tables, rules or headers, for rename fixes; keyed by the list.</summary>
    private readonly Dictionary<object, HashSet<string>> _usedIds = new();

    /// <summary>Whether to run the checks that only advise: numbering, coverage, the rule-set analysis.</summary>
    private readonly bool _includeAdvice;

    /// <param name="sink">Where problems go.</param>
    /// <param name="includeAdvice">
    /// Whether to run the checks whose warnings and suggestions never change what is generated (siblings' numbering,
    /// what a total's rule covers, the rule-set analysis). The analyzers run them; the generator need not.
    /// </param>
    public TemplateValidator(ProblemSink sink, bool includeAdvice = true)
    {
        _sink = sink;
        _includeAdvice = includeAdvice;
    }

    public void Validate(TemplateDraft template)
    {
        if (template.Namespace is { } ns && IdentifierRules.NamespaceProblem(ns) is { } nsProblem)
        {
            var source = template.NamespaceFromProject ? "set for this file by TemplateGenNamespace in the project" : "";
            _sink.Error(TemplateProblemKind.InvalidIdentifier, template.NamespaceSpan, $"The namespace '{ns}' {source}{(source.Length > 0 ? " " : "")}{nsProblem}. Use a dotted C# name such as \"Contoso.Reports.Y2021\".");
            template.Namespace = null;
        }

        // Keyed as files are named: two tables whose ids differ only in case would overwrite each other's file.
        var tableNames = new Dictionary<string, TableDraft>();
        var rowClasses = template.Tables.Where(t => t.IsValid).GroupBy(t => GeneratedNames.RowClass(t.Id)).ToDictionary(g => g.Key, g => g.First());
        foreach (var table in template.Tables.Where(t => t.IsValid))
        {
            if (!CheckIdentifier(table.Id, table.IdSpan, "Table id"))
            {
                table.IsValid = false;
            }
            else if (IdentifierRules.TypeNameProblem(table.Id) is { } typeProblem)
            {
                _sink.Reject(table, TemplateProblemKind.InvalidIdentifier, table.IdSpan, $"Table id '{table.Id}' {typeProblem}; it becomes a C# class name. Start it with a capital letter, e.g. \"{char.ToUpperInvariant(table.Id[0])}{table.Id.Substring(1)}\".");
            }
            else if (GeneratedNames.ReportMembers.Contains(table.Id) || GeneratedNames.TableMembers.Contains(table.Id))
            {
                // A table's class may not be named like its own members (CS0542) nor like the Report's (each table is a Report property).
                _sink.Reject(table, TemplateProblemKind.InvalidIdentifier, table.IdSpan, $"Table id '{table.Id}' collides with the generated {GeneratedNames.ReportClass} class or a member of it or of the table class ({string.Join(", ", GeneratedNames.ReportMembers.Union(GeneratedNames.TableMembers))}). Choose another id.");
            }
            else if (IdentifierRules.IsAccessorName(table.Id) && IdentifierRules.AccessorOf(table.Id, ReportProperties(template).Concat(table.Rows.Select(r => r.Id))) is { } property)
            {
                // Each table is a Report property, each data row a property of its table's class: the compiler names
                // their accessors get_X and set_X (CS0102 beside a table X, CS0542 for a class named like its row's).
                _sink.Reject(table, TemplateProblemKind.InvalidIdentifier, table.IdSpan, $"Table id '{table.Id}' is the name of the accessor the compiler generates for the property '{property}' {(table.Rows.Any(r => r.Id == property) ? "of its own row" : "of the Report")}. Choose another id.");
            }
            else if (template.Namespace is { } tableNamespace && (IdentifierRules.SynthesizedTypeProblem(tableNamespace, table.Id) ?? IdentifierRules.SynthesizedTypeProblem(tableNamespace, GeneratedNames.RowClass(table.Id)) ?? IdentifierRules.MetadataLengthProblem(tableNamespace, GeneratedNames.RowClass(table.Id))) is { } typeClash)
            {
                _sink.Reject(table, TemplateProblemKind.InvalidIdentifier, table.IdSpan, $"Table id '{table.Id}' in namespace '{tableNamespace}' {typeClash}. Choose another id or namespace.");
            }
            else if (rowClasses.TryGetValue(table.Id, out var owner) && owner != table)
            {
                _sink.Reject(table, TemplateProblemKind.InvalidIdentifier, table.IdSpan, $"Table id '{table.Id}' collides with the row class '{table.Id}' generated for table '{owner.Id}'. Choose another id.", owner.IdSpan);
            }
            else if (tableNames.TryGetValue(GeneratedNames.FileKey(table.Id), out var first))
            {
                var how = first.Id == table.Id ? "is already used by another table" : $"differs from table id '{first.Id}' only in case, so their generated files would overwrite each other";
                _sink.Reject(table, TemplateProblemKind.DuplicateId, table.IdSpan, $"Table id '{table.Id}' {how}. Give each table its own id.", first.IdSpan, RenameFix(table.Id, table.IdSpan, template.Tables, t => t.Id));
            }
            else
            {
                tableNames.Add(GeneratedNames.FileKey(table.Id), table);
            }

            ValidateTable(table);
        }

        new ClaimValidator(_sink, template).Validate();

        // Two tables with one former id (a table split in two) cannot both keep it as a Report member (CS0102).
        var formerTables = new HashSet<string>();
        foreach (var table in template.Tables.Where(t => t.IsValid && t.Was is not null && t.Was != t.Id))
        {
            var taken = template.Tables.Any(t => t.IsValid && (t.Id == table.Was || t.Id == "get_" + table.Was || t.Id == "set_" + table.Was)) || GeneratedNames.ReportMembers.Contains(table.Was!)
                || IdentifierRules.AccessorOf(table.Was!, ReportProperties(template).Concat(formerTables)) is not null || !formerTables.Add(table.Was!);
            table.KeepsFormerName = CheckFormerName(table.Was!, table.WasSpan!.Value, $"table '{table.Id}'", "the id or former id of a table, or a member of the Report,", taken);
        }
    }

    /// <summary>The Report's properties: one per valid table, and its own (Metadata, Tables).</summary>
    private static IEnumerable<string> ReportProperties(TemplateDraft template) =>
        template.Tables.Where(t => t.IsValid).Select(t => t.Id).Concat(new[] { "Metadata", "Tables" });

    /// <summary>
    /// Whether a former id can be kept as an obsolete member that forwards to the new one; if not, says why at "was"
    /// (the lineage still holds, only the member is not generated).
    /// </summary>
    private bool CheckFormerName(string was, TemplateSpan span, string owner, string place, bool taken)
    {
        var problem = IdentifierRules.Problem(was) ?? (taken ? $"is already {place} in this template" : null);
        if (problem is null)
        {
            return true;
        }

        _sink.Error(TemplateProblemKind.InvalidIdentifier, span, $"The former id '{was}' of {owner} {problem}, so it cannot be kept as an obsolete member that forwards to the new one. Correct 'was', or rename the other item.");
        return false;
    }

    private void ValidateTable(TableDraft table)
    {
        if (_includeAdvice)
        {
            var siblings = new SiblingChecker(_sink);
            siblings.Check(table, table.Rows, "row");
            siblings.Check(table, table.Columns, "column");
        }

        ValidateHeaders(table, table.Rows, "row", GeneratedNames.TableMembers.Append(table.Id).ToArray());
        ValidateHeaders(table, table.Columns, "column", GeneratedNames.RowMembers.Append(GeneratedNames.RowClass(table.Id)).ToArray());
        if (!table.Rows.Any(h => !h.IsGroup) || !table.Columns.Any(h => !h.IsGroup))
        {
            _sink.Error(TemplateProblemKind.NoDataCells, table.IdSpan, $"{ProblemText.Capitalize(table.Describe())} has no data cells: it needs at least one row and one column without children.");
            table.IsValid = false;
            return;
        }

        var ruleIds = new Dictionary<string, RuleDraft>();
        foreach (var rule in table.Rules.Where(r => r.IsValid))
        {
            if (ruleIds.TryGetValue(rule.Id, out var first))
            {
                _sink.Reject(rule, TemplateProblemKind.DuplicateId, rule.IdSpan, $"Rule id '{rule.Id}' is already used in {table.Describe()}. Give each rule its own id, or list several equations under one rule with \"equations\".", first.IdSpan, RenameFix(rule.Id, rule.IdSpan, table.Rules, r => r.Id));
                continue;
            }

            ruleIds.Add(rule.Id, rule);
            ValidateRule(table, rule);
        }

        new CycleFinder(_sink, table).MarkCycles(RuleDirection.BetweenRows);
        new CycleFinder(_sink, table).MarkCycles(RuleDirection.BetweenColumns);
        if (!_includeAdvice)
        {
            return;
        }

        // Rules across reports hold between two reports: what one report's totals cover does not apply to them.
        foreach (var rule in table.Rules.Where(r => r.IsValid && !r.AcrossReports))
        {
            new CoverageChecker(_sink, table, rule, HeaderIndex.Of(rule.Direction == RuleDirection.BetweenRows ? table.Rows : table.Columns, _indexes)).Check();
        }

        new RuleSetChecker(_sink, table).Check();
    }

    /// <summary>
    /// Reports header ids that cannot name a member. Such a header keeps its cells and rules (which name it by id,
    /// the first of a repeated id) but gets no member, so its table is still generated: leaving the table out would
    /// add CS1061 errors wherever user code names it, and hide the table's other diagnostics.
    /// </summary>
    private void ValidateHeaders(TableDraft table, List<HeaderDraft> headers, string noun, string[] reserved)
    {
        var dataIndex = 0;
        foreach (var header in headers)
        {
            header.DataIndex = header.IsGroup ? -1 : dataIndex++;
        }

        var index = HeaderIndex.Of(headers, _indexes);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (!CheckIdentifier(header.Id, header.IdSpan, $"The {noun} id"))
            {
                header.HasMember = false;
            }
            else if (reserved.Contains(header.Id))
            {
                _sink.Error(TemplateProblemKind.InvalidIdentifier, header.IdSpan, $"The {noun} id '{header.Id}' in {table.Describe()} collides with a generated member of the same name. Choose another id.");
                header.HasMember = false;
            }
            else if (IdentifierRules.IsAccessorName(header.Id) && IdentifierRules.AccessorOf(header.Id, headers.Where(h => !h.IsGroup).Select(h => h.Id).Append("Metadata")) is { } property)
            {
                _sink.Error(TemplateProblemKind.InvalidIdentifier, header.IdSpan, $"The {noun} id '{header.Id}' in {table.Describe()} is the name of the accessor the compiler generates for the property '{property}'. Choose another id.");
                header.HasMember = false;
            }
            else if (!index.IsFirstOfItsId(i, headers))
            {
                var first = headers[index.IndexOf(header.Id)];
                _sink.Error(TemplateProblemKind.DuplicateId, header.IdSpan, $"The {noun} id '{header.Id}' is used twice in {table.Describe()}. Give each {noun} its own id.", first.IdSpan, RenameFix(header.Id, header.IdSpan, headers, h => h.Id));
                header.HasMember = false;
            }
        }

        // A renamed data row or column keeps its former id as an obsolete member, unless that name is taken.
        var formerNames = new HashSet<string>();
        foreach (var header in headers.Where(h => h.HasMember && !h.IsGroup && h.Was is not null && h.Was != h.Id))
        {
            // The obsolete member is a property too: its name and its accessors' names (get_X, set_X) must be free.
            var taken = index.IndexOf(header.Was!) >= 0 || reserved.Contains(header.Was!) || !formerNames.Add(header.Was!)
                || (IdentifierRules.IsAccessorName(header.Was!) && IdentifierRules.AccessorOf(header.Was!, headers.Where(h => h.HasMember && !h.IsGroup).Select(h => h.Id).Concat(formerNames.Where(f => f != header.Was)).Append("Metadata")) is not null)
                || index.IndexOf("get_" + header.Was) >= 0 || index.IndexOf("set_" + header.Was) >= 0;
            header.KeepsFormerName = CheckFormerName(header.Was!, header.WasSpan!.Value, $"the {noun} '{header.Id}' in {table.Describe()}", $"the id or former id of a {noun}, or a generated member,", taken);
        }
    }

    private void ValidateRule(TableDraft table, RuleDraft rule)
    {
        var headers = rule.Direction == RuleDirection.BetweenRows ? table.Rows : table.Columns;
        var index = HeaderIndex.Of(headers, _indexes);
        foreach (var equation in rule.Equations)
        {
            // A total may not include itself, so its parts share one set with it; an equation's sides are
            // checked each on its own, and one with the same cells on both sides is reported as always true.
            // Cells of the previous report are other cells than this report's, so they are counted apart.
            var leftSeen = _counted.NewSet(headers.Count);
            var rightSeen = equation.IsTotal ? leftSeen : _counted.NewSet(headers.Count);
            var leftSeenPrevious = _counted.NewSet(headers.Count);
            var rightSeenPrevious = equation.IsTotal ? leftSeenPrevious : _counted.NewSet(headers.Count);
            var terms = equation.Left.Count + equation.Right.Count;
            for (var k = 0; k < terms; k++)
            {
                var onLeft = k < equation.Left.Count;
                var side = onLeft ? equation.Left : equation.Right;
                var position = onLeft ? k : k - equation.Left.Count;
                var term = side[position];
                var isTotal = onLeft && equation.IsTotal;
                if (term.Report is not null && !term.IsPrevious)
                {
                    ReportUnknownReport(table, rule, term);
                    continue;
                }

                var written = term.IsPrevious ? TemplateVocabulary.PreviousReport + "." + term.Id : term.Id;
                var at = index.IndexOf(term.Id);
                if (at < 0)
                {
                    var nearest = NameSuggester.Nearest(term.Id, headers.Select(h => h.Id));
                    var replacement = term.IsPrevious && nearest is not null ? TemplateVocabulary.PreviousReport + "." + nearest : nearest;
                    _sink.Reject(
                        rule,
                        TemplateProblemKind.UnknownReference,
                        term.Span,
                        $"Rule '{rule.Id}' names '{written}', which is not a {rule.TermNoun} of {table.Describe()}.{NameSuggester.Hint(replacement)}",
                        fix: replacement is null ? null : TemplateFix.Replace($"Use '{replacement}'", term.Span.Start, term.Span.Length, $"\"{replacement}\""));
                    continue;
                }

                if (isTotal && headers[at].IsGroup)
                {
                    _sink.Reject(rule, TemplateProblemKind.GroupNotAllowed, term.Span, $"The total of rule '{rule.Id}' is '{written}', a header-only group with no cells of its own. Name the data {rule.TermNoun} that holds the total.");
                    continue;
                }

                term.HeaderIndex = at;
                AddDataDescendants(headers, at, term.DataIndexes);
                if (term.DataIndexes.Count == 0)
                {
                    _sink.Reject(rule, TemplateProblemKind.GroupNotAllowed, term.Span, $"Rule '{rule.Id}' names the group '{written}', which has no data {rule.TermNoun}s under it.");
                    continue;
                }

                // One problem per term, at its first overlap: a group overlapping a part is one mistake.
                var seen = onLeft ? (term.IsPrevious ? leftSeenPrevious : leftSeen) : (term.IsPrevious ? rightSeenPrevious : rightSeen);
                var overlap = FirstCounted(term.DataIndexes, seen);
                if (overlap >= 0)
                {
                    var first = _counted.TermOf(seen, overlap);
                    var kind = equation.IsTotal && first == equation.Left[0] ? TemplateProblemKind.CyclicTotal : TemplateProblemKind.DuplicatePart;
                    var what = kind == TemplateProblemKind.CyclicTotal
                        ? $"The total '{first.Id}' of rule '{rule.Id}' includes itself through '{term.Id}'. Remove it from the parts."
                        : $"Rule '{rule.Id}' counts the {rule.TermNoun} '{NameOfData(headers, overlap)}'{(term.IsPrevious ? " of the previous report" : "")} twice (through '{first.Id}' and '{term.Id}'). Name each part once.";
                    var removable = first.Id == term.Id && side.Count > 1;
                    _sink.Reject(rule, kind, term.Span, what, first.Span, removable ? RemoveTermFix(side, position) : null);
                }

                foreach (var dataIndex in term.DataIndexes)
                {
                    _counted.CountOnce(seen, dataIndex, term);
                }
            }

            if (rule.IsValid && rule.Direction == RuleDirection.BetweenColumns)
            {
                CheckKinds(table, rule, equation);
            }
        }
    }

    /// <summary>The first of <paramref name="dataIndexes"/> the set has counted already, or -1.</summary>
    private int FirstCounted(List<int> dataIndexes, int set)
    {
        foreach (var dataIndex in dataIndexes)
        {
            if (_counted.Has(set, dataIndex))
            {
                return dataIndex;
            }
        }

        return -1;
    }

    /// <summary>A term qualified with a report other than "previous", e.g. "prev.CarriedForward" or "2019.CarriedForward".</summary>
    private void ReportUnknownReport(TableDraft table, RuleDraft rule, TermDraft term)
    {
        // "prev", "Previous", "previus": offer "previous.".
        var close = term.Report!.Length > 0
            && (TemplateVocabulary.PreviousReport.StartsWith(term.Report, System.StringComparison.OrdinalIgnoreCase)
                || NameSuggester.Nearest(term.Report, new[] { TemplateVocabulary.PreviousReport }) is not null);
        var replacement = TemplateVocabulary.PreviousReport + "." + term.Id;
        _sink.Reject(
            rule,
            TemplateProblemKind.UnknownReport,
            term.Span,
            $"Rule '{rule.Id}' in {table.Describe()} names '{term.Report}.{term.Id}', but '{term.Report}' is not a report a rule can name. A term names a {rule.TermNoun} of this report ('{term.Id}') or of the previous year's report of the same body ('{replacement}'), in this template's ids.",
            fix: close ? TemplateFix.Replace($"Use '{replacement}'", term.Span.Start, term.Span.Length, $"\"{replacement}\"") : null);
    }

    private void CheckKinds(TableDraft table, RuleDraft rule, EquationDraft equation)
    {
        var terms = equation.Left.Concat(equation.Right).ToList();
        var byData = HeaderIndex.Of(table.Columns, _indexes);
        var columns = terms.SelectMany(t => t.DataIndexes.Select(i => (Term: t, Column: byData.AtData(i)))).ToList();
        var first = columns[0];
        foreach (var other in columns.Skip(1))
        {
            var a = first.Column;
            var b = other.Column;
            var sameKind = a.Kind == b.Kind || (a.Kind != ValueKind.Amount && b.Kind != ValueKind.Amount);
            if (!sameKind || a.Unit != b.Unit)
            {
                _sink.Reject(
                    rule,
                    TemplateProblemKind.MixedValueKinds,
                    other.Term.Span,
                    $"Rule '{rule.Id}' adds '{b.Id}' ({Describe(b)}) to '{a.Id}' ({Describe(a)}). The terms of a rule must have the same kind and unit.",
                    first.Term.Span);
                return;
            }
        }
    }

    private static string Describe(HeaderDraft column) =>
        column.Kind == ValueKind.Amount ? $"amount{(column.Unit is null ? "" : " in " + column.Unit)}" : column.Unit is null ? "count" : $"count in {column.Unit}";

    /// <summary>Renames a duplicate id to the first free one of id2, id3, …</summary>
    /// <remarks>The ids of a list are gathered once, so a list of thousands of duplicates stays linear.</remarks>
    private TemplateFix RenameFix<T>(string id, TemplateSpan span, List<T> owners, System.Func<T, string> idOf)
    {
        if (!_usedIds.TryGetValue(owners, out var taken))
        {
            _usedIds.Add(owners, taken = new HashSet<string>(owners.Select(idOf)));
        }

        var n = 2;
        while (taken.Contains(id + n))
        {
            n++;
        }

        return TemplateFix.Replace($"Rename the duplicate to '{id + n}'", span.Start, span.Length, $"\"{id + n}\"");
    }

    /// <summary>Removes term <paramref name="position"/> of <paramref name="terms"/> together with the comma that separates it.</summary>
    private static TemplateFix RemoveTermFix(List<TermDraft> terms, int position)
    {
        var term = terms[position];
        var (start, end) = position > 0
            ? (terms[position - 1].Span.End, term.Span.End)
            : (term.Span.Start, terms[position + 1].Span.Start);
        return TemplateFix.Replace($"Remove the second '{term.Id}'", start, end - start, "");
    }

    private static string NameOfData(List<HeaderDraft> headers, int dataIndex) => headers.First(h => h.DataIndex == dataIndex).Id;

    /// <summary>Data indexes of the header itself or, for a group, of every data header below it.</summary>
    internal static IEnumerable<int> DataDescendants(List<HeaderDraft> headers, int index)
    {
        var descendants = new List<int>();
        AddDataDescendants(headers, index, descendants);
        return descendants;
    }

    /// <summary>Adds the data index of the header at <paramref name="index"/>, or of every data header under it when it is a group.</summary>
    private static void AddDataDescendants(List<HeaderDraft> headers, int index, List<int> into)
    {
        if (!headers[index].IsGroup)
        {
            into.Add(headers[index].DataIndex);
            return;
        }

        // Headers are depth first, so a group's descendants follow it until the depth returns to its own.
        for (var i = index + 1; i < headers.Count && headers[i].Depth > headers[index].Depth; i++)
        {
            if (!headers[i].IsGroup)
            {
                into.Add(headers[i].DataIndex);
            }
        }
    }

    private bool CheckIdentifier(string id, TemplateSpan span, string what)
    {
        if (IdentifierRules.Problem(id) is { } problem)
        {
            _sink.Error(TemplateProblemKind.InvalidIdentifier, span, $"{what} '{id}' {problem}; it becomes a C# name. Use letters, digits and '_', e.g. \"NewApplications\".");
            return false;
        }

        return true;
    }

}
