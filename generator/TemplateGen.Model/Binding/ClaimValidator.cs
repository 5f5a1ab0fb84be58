using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Checks a template's claims: unique ids, cells written Table.Row.Column that name data cells of valid tables, and
/// patterns that are regular expressions with exactly one capture group (the number) that cannot match nothing. A
/// claim with an error is not generated; its diagnostics say why.
/// </summary>
internal sealed class ClaimValidator
{
    /// <summary>How long the check of a pattern against the empty string may take: far more than any real pattern needs.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly ProblemSink _sink;
    private readonly TemplateDraft _template;

    public ClaimValidator(ProblemSink sink, TemplateDraft template)
    {
        _sink = sink;
        _template = template;
    }

    public void Validate()
    {
        var ids = new Dictionary<string, ClaimDraft>(StringComparer.Ordinal);
        foreach (var claim in _template.Claims.Where(c => c.IsValid))
        {
            if (ids.TryGetValue(claim.Id, out var first))
            {
                _sink.Error(TemplateProblemKind.DuplicateId, claim.IdSpan, $"Claim id '{claim.Id}' is already used. Give each claim its own id.", first.IdSpan);
                claim.IsValid = false;
                continue;
            }

            ids.Add(claim.Id, claim);
            foreach (var (text, span) in claim.Cells)
            {
                claim.IsValid &= Resolve(claim, text, span);
            }

            foreach (var (pattern, span) in claim.Patterns)
            {
                claim.IsValid &= CheckPattern(claim, pattern, span);
            }
        }
    }

    private bool Resolve(ClaimDraft claim, string text, TemplateSpan span)
    {
        var parts = text.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            _sink.Error(TemplateProblemKind.ClaimUnknownCell, span, $"Claim '{claim.Id}' names the cell '{text}'; write a cell as \"Table.Row.Column\", e.g. \"Applications.NewApplications.Total\".");
            return false;
        }

        var tables = _template.Tables.Where(t => t.IsValid).ToList();
        var table = tables.FirstOrDefault(t => t.Id == parts[0]);
        if (table is null && _template.Tables.Any(t => t.Id == parts[0] || (t.IsDamaged && t.Id.Length == 0)))
        {
            // The table is left out for its own errors, reported at it (or its damaged text hides its id, so it may
            // be the one named); the claim goes with it.
            return false;
        }

        if (table is null)
        {
            _sink.Error(TemplateProblemKind.ClaimUnknownCell, span, $"Claim '{claim.Id}' names the table '{parts[0]}', which this template does not have.{Suggestion(parts[0], tables.Select(t => t.Id))}");
            return false;
        }

        if (!Header(claim, table, table.Rows, parts[1], "row", span) || !Header(claim, table, table.Columns, parts[2], "column", span))
        {
            return false;
        }

        claim.Resolved.Add(new ClaimCell(parts[0], parts[1], parts[2]));
        return true;
    }

    private bool Header(ClaimDraft claim, TableDraft table, List<HeaderDraft> headers, string id, string noun, TemplateSpan span)
    {
        var header = headers.FirstOrDefault(h => h.Id == id);
        if (header is null)
        {
            _sink.Error(TemplateProblemKind.ClaimUnknownCell, span, $"Claim '{claim.Id}' names '{id}', which is not a {noun} of {table.Describe()}.{Suggestion(id, headers.Where(h => !h.IsGroup).Select(h => h.Id))}");
            return false;
        }

        if (header.IsGroup)
        {
            var children = headers.Where(h => h.Parent == headers.IndexOf(header)).Select(h => $"'{h.Id}'");
            _sink.Error(TemplateProblemKind.ClaimGroupCell, span, $"Claim '{claim.Id}' names the {noun} '{id}' of {table.Describe()}, a header-only group with no cells of its own. Name its data {noun}s ({string.Join(", ", children)}) as cells of the claim, each in full.");
            return false;
        }

        return true;
    }

    private bool CheckPattern(ClaimDraft claim, string pattern, TemplateSpan span)
    {
        var verdict = Verdicts.TryGetValue(pattern, out var known) ? known : Remember(pattern, Judge(pattern));
        switch (verdict.Problem)
        {
            case TemplateProblemKind.ClaimPatternInvalid:
                _sink.Error(TemplateProblemKind.ClaimPatternInvalid, span, $"A pattern of claim '{claim.Id}' is not a valid regular expression: {verdict.Reason}");
                return false;
            case TemplateProblemKind.ClaimPatternGroups:
                _sink.Error(TemplateProblemKind.ClaimPatternGroups, span, $"A pattern of claim '{claim.Id}' has {verdict.Groups} capture groups; it needs exactly one, around the number, e.g. \"收到[^。]{{0,20}}?申请(\\\\d+)件\". Make the other groups non-capturing: (?:...).");
                return false;
            case TemplateProblemKind.ClaimPatternMatchesEmpty:
                _sink.Error(TemplateProblemKind.ClaimPatternMatchesEmpty, span, $"A pattern of claim '{claim.Id}' matches the empty string, so it would find the claim anywhere. Require the words around the number and at least one digit, e.g. (\\\\d+)件.");
                return false;
            default:
                return true;
        }
    }

    /// <summary>What is wrong with a pattern, if anything: the problem kind, the parser's reason, the number of groups.</summary>
    private sealed record PatternVerdict(TemplateProblemKind? Problem, string Reason = "", int Groups = 1);

    /// <summary>
    /// Verdicts on patterns already judged. Building a regular expression costs tens of microseconds, and the analyzer
    /// and the generator load the same template on every keystroke; the cache is cleared when it grows past
    /// <see cref="MaxVerdicts"/>, so patterns typed and abandoned in an editor cannot make it grow without end.
    /// </summary>
    private static readonly ConcurrentDictionary<string, PatternVerdict> Verdicts = new(StringComparer.Ordinal);

    private const int MaxVerdicts = 1024;

    private static PatternVerdict Remember(string pattern, PatternVerdict verdict)
    {
        if (Verdicts.Count >= MaxVerdicts)
        {
            Verdicts.Clear();
        }

        Verdicts[pattern] = verdict;
        return verdict;
    }

    private static PatternVerdict Judge(string pattern)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InsufficientExecutionStackException)
        {
            // ArgumentException is the parser's answer; the others guard a hostile pattern (deep nesting) in the compiler.
            return new PatternVerdict(TemplateProblemKind.ClaimPatternInvalid, e.Message.Split('\n')[0].Trim());
        }

        var groups = regex.GetGroupNumbers().Length - 1;
        if (groups != 1)
        {
            return new PatternVerdict(TemplateProblemKind.ClaimPatternGroups, Groups: groups);
        }

        try
        {
            return regex.IsMatch(string.Empty) ? new PatternVerdict(TemplateProblemKind.ClaimPatternMatchesEmpty) : new PatternVerdict(null);
        }
        catch (RegexMatchTimeoutException)
        {
            return new PatternVerdict(null);
        }
    }

    private static string Suggestion(string name, IEnumerable<string> candidates) =>
        NameSuggester.Nearest(name, candidates) is { } nearest ? $" Did you mean '{nearest}'?" : "";
}
