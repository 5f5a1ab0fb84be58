using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>A heading or label the report prints differently from the form, matched anyway and reported.</summary>
public sealed class LooseMatch
{
    internal LooseMatch(int line, string printed, string official)
    {
        Line = line;
        Printed = printed;
        Official = official;
    }

    /// <summary>The 1-based line of the input.</summary>
    public int Line { get; }

    /// <summary>The text as the report prints it.</summary>
    public string Printed { get; }

    /// <summary>The heading or label of the form it was taken for.</summary>
    public string Official { get; }

    /// <inheritdoc/>
    public override string ToString() => Say.Format(ReadingText.LinePrefix, Line) + Say.Format(ReadingText.LooseMatch, Printed, Official);
}
