namespace TemplateGen.Reading;

/// <summary>What a report's text and tables say together about one claim.</summary>
public enum ClaimStatus
{
    /// <summary>The text states the figure and the cells hold the same value.</summary>
    Holds,

    /// <summary>The text states a figure the cells do not hold.</summary>
    Fails,

    /// <summary>The text does not state the figure.</summary>
    NotStated,

    /// <summary>The text states different figures for it; they are listed, not compared.</summary>
    Ambiguous,

    /// <summary>The text states the figure but a cell it sums is blank or its table was not read: the figure is taken from the text.</summary>
    NotComparable,
}
