using System.Collections.Generic;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading;

/// <summary>
/// A row whose digits ran together and could be split several ways, read as the one split that satisfies the
/// table's rules within the row. Those rules were used to read the row, so they are no evidence that it balances.
/// </summary>
public sealed class DecodedRow
{
    internal DecodedRow(HeaderMetadata row, int line, string printed, IReadOnlyList<RuleMetadata> rules, long splits)
    {
        Row = row;
        Line = line;
        Printed = printed;
        Rules = rules;
        Splits = splits;
    }

    /// <summary>The data row.</summary>
    public HeaderMetadata Row { get; }

    /// <summary>The 1-based line of the input.</summary>
    public int Line { get; }

    /// <summary>The row's cells as printed, e.g. 640020470.</summary>
    public string Printed { get; }

    /// <summary>The rules that chose the split; in this row they were used for reading, not checked.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    /// <summary>How many splits the value kinds allowed before the rules chose one.</summary>
    public long Splits { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Say.Format(ReadingText.LinePrefix, Line) + Say.Format(ReadingText.Decoded, Row.DisplayLabel, Printed, string.Join(", ", System.Linq.Enumerable.Select(Rules, r => r.Id)), Splits);
}
