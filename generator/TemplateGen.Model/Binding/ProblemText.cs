namespace TemplateGen.Templates.Binding;

/// <summary>Small text helpers for problem messages.</summary>
internal static class ProblemText
{
    /// <summary>"a table 'X'" at the start of a sentence: "A table 'X'".</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
