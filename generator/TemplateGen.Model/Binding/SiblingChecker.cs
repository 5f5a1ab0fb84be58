using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Model;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// Checks the headers that share a parent: their official numbers must run in sequence and no two may
/// carry the same label. Both are warnings: the code generates, but the form is misread.
/// </summary>
internal sealed class SiblingChecker
{
    private readonly ProblemSink _sink;

    public SiblingChecker(ProblemSink sink) => _sink = sink;

    public void Check(TableDraft table, List<HeaderDraft> headers, string noun)
    {
        foreach (var group in headers.GroupBy(h => h.Parent))
        {
            var siblings = group.ToList();
            CheckNumbering(table, siblings, noun);
            CheckLabels(table, siblings, noun);
        }
    }

    private void CheckNumbering(TableDraft table, List<HeaderDraft> siblings, string noun)
    {
        var numbered = siblings
            .Select(h => (Header: h, Number: OfficialNumber.Parse(h.Number)))
            .Where(n => n.Number is not null && n.Header.NumberSpan is not null)
            .Select(n => (n.Header, Number: n.Number!.Value))
            .ToList();
        foreach (var series in numbered.GroupBy(n => n.Number.Style))
        {
            var list = series.ToList();
            for (var i = 1; i < list.Count; i++)
            {
                var expected = list[0].Number.Value + i;
                if (list[i].Number.Value == expected)
                {
                    continue;
                }

                var edits = list.Skip(i)
                    .Select((n, k) => (n.Header, Text: n.Number.Format(expected + k)))
                    .Where(e => e.Text != e.Header.Number)
                    .Select(e => new TemplateEdit(e.Header.NumberSpan!.Value.Start, e.Header.NumberSpan.Value.Length, $"\"{e.Text}\""));
                var header = list[i].Header;
                _sink.Warning(
                    TemplateProblemKind.NumberingOutOfSequence,
                    header.NumberSpan!.Value,
                    $"The {noun} '{header.Id}' in {table.Describe()} is numbered {header.Number} after {list[i - 1].Header.Number}; expected {list[i].Number.Format(expected)}. Renumber the siblings so the official numbers run in sequence.",
                    list[i - 1].Header.NumberSpan,
                    new TemplateFix($"Renumber from {list[i].Number.Format(expected)}", edits.ToEquatableArray()));
                break;
            }
        }
    }

    private void CheckLabels(TableDraft table, List<HeaderDraft> siblings, string noun)
    {
        var seen = new Dictionary<string, HeaderDraft>(siblings.Count);
        foreach (var header in siblings.Where(h => h.Label.Length > 0 && h.LabelSpan is not null))
        {
            if (seen.TryGetValue(header.Label, out var first))
            {
                _sink.Warning(
                    TemplateProblemKind.DuplicateSiblingLabel,
                    header.LabelSpan!.Value,
                    $"The {noun}s '{first.Id}' and '{header.Id}' in {table.Describe()} are both labelled '{header.Label}' under the same parent. Readers match {noun}s by label; give each its official label.",
                    first.LabelSpan);
            }
            else
            {
                seen.Add(header.Label, header);
            }
        }
    }
}
