using System.Collections.Generic;

namespace TemplateGen.Reading.Tables;

/// <summary>
/// A row whose run-together digits split several ways and which no rule could choose, so it was left blank; its
/// splits are kept so a rule that fails under every one of them is still failed (<see cref="UnsplitRowRules"/>).
/// </summary>
/// <param name="Row">The data row.</param>
/// <param name="Line">The 1-based line of the input.</param>
/// <param name="Printed">The row's cells as printed, e.g. 191000019.</param>
/// <param name="Splits">Every split, one value per data column (null where a value does not fit its column).</param>
internal sealed record UnsplitRow(HeaderMetadata Row, int Line, string Printed, IReadOnlyList<decimal?[]> Splits);
