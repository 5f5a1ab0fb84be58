using System.Globalization;

namespace TemplateGen.Reading.Resources;

/// <summary>
/// Fills a <see cref="ReadingText"/> format: the words in the current UI language (English, or Chinese for zh-CN and
/// zh-Hans), numbers as the reports print them (invariant, no grouping).
/// </summary>
internal static class Say
{
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
