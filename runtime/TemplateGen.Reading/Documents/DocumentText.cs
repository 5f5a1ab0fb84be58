using System.Collections.Generic;
using TemplateGen.Reading.Text;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Documents;

/// <summary>
/// A document turned into lines of cells, whatever it was (text, HTML, PDF, Word): what the table reading takes.
/// <see cref="Problem"/> says why nothing could be read; <see cref="Notes"/> what a reader should know about how it was.
/// </summary>
internal sealed class DocumentText
{
    private static readonly string[] NoNotes = new string[0];

    public DocumentText(DocumentKind kind, IReadOnlyList<SourceLine> lines, string? encoding = null, IReadOnlyList<string>? notes = null, string? problem = null)
    {
        Kind = kind;
        Lines = lines;
        Encoding = encoding;
        Notes = notes ?? NoNotes;
        Problem = problem;
    }

    public DocumentKind Kind { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The encoding the bytes were decoded with, when it was not UTF-8; null otherwise.</summary>
    public string? Encoding { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>Why the document cannot be read at all (scanned, encrypted, a legacy format, not a document); null when it can.</summary>
    public string? Problem { get; }

    public static DocumentText Unreadable(DocumentKind kind, string problem) => new(kind, new SourceLine[0], problem: problem);

    /// <summary>
    /// A report given as a string: HTML or text, as <see cref="SourceLines"/> tells them apart. A page nested deeper than
    /// <see cref="HtmlNesting.MaxDepth"/> is read up to where it passes that depth, and a note says so.
    /// </summary>
    public static DocumentText FromString(string content, string? encoding = null, IReadOnlyList<string>? notes = null)
    {
        if (!SourceLines.LooksLikeHtml(content))
        {
            return new(DocumentKind.Text, SourceLines.Read(content), encoding, notes);
        }

        var all = new List<string>(notes ?? NoNotes);
        if (HtmlNesting.CutOffset(content) is var cut and >= 0)
        {
            all.Add(Say.Format(ReadingText.NestedTooDeep, HtmlNesting.MaxDepth, cut));
            content = content.Substring(0, cut);
        }

        return new(DocumentKind.Html, SourceLines.Read(content), encoding, all);
    }
}
