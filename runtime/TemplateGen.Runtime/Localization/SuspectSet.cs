using System.Collections.Generic;
using System.Linq;

namespace TemplateGen.Localization;

/// <summary>A smallest set of cells whose change makes every rule hold, with the values that do it and the slip it looks like.</summary>
public sealed class SuspectSet
{
    internal SuspectSet(IReadOnlyList<SuspectCell> cells, CorrectionPattern pattern, string description, IReadOnlyList<string> rulesRestored)
    {
        Cells = cells;
        Pattern = pattern;
        Description = description;
        RulesRestored = rulesRestored;
    }

    /// <summary>The cells to change, with their reported and suggested values.</summary>
    public IReadOnlyList<SuspectCell> Cells { get; }

    /// <summary>The slip the change looks like.</summary>
    public CorrectionPattern Pattern { get; }

    /// <summary>The change in words, e.g. "（七）总计 / 自然人 reported 235, 234 makes S1, I1, I2 hold".</summary>
    public string Description { get; }

    /// <summary>The ids of the failed rules the change makes hold.</summary>
    public IReadOnlyList<string> RulesRestored { get; }

    /// <inheritdoc/>
    public override string ToString() => Description;

    internal decimal TotalChange => Cells.Sum(c => System.Math.Abs(c.Suggested - (c.Reported ?? 0m)));
}
