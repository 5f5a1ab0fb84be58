using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>One place where the text states a claim's figure.</summary>
public sealed class ClaimMention
{
    internal ClaimMention(decimal value, string sentence, int line, int? page)
    {
        Value = value;
        Sentence = sentence;
        Line = line;
        Page = page;
    }

    /// <summary>The number the text states.</summary>
    public decimal Value { get; }

    /// <summary>The sentence that states it, as printed (shortened around the number when long).</summary>
    public string Sentence { get; }

    /// <summary>The 1-based line of the input.</summary>
    public int Line { get; }

    /// <summary>The page of a PDF, when known.</summary>
    public int? Page { get; }

    /// <inheritdoc/>
    public override string ToString() => Say.Format(ReadingText.Quoted, Page is { } page ? Say.Format(ReadingText.Page, page) : Say.Format(ReadingText.Line, Line), Sentence);
}
