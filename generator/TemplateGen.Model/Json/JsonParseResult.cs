using System.Collections.Generic;
using TemplateGen.Templates.Binding;

namespace TemplateGen.Templates.Json;

/// <summary>The outcome of reading JSON text: the tree as far as it could be read, and every syntax error.</summary>
/// <param name="Root">
/// The value, repaired where the text was malformed (each object and array says how many errors it holds), or null when
/// the text holds no object or array at all, or the reader stopped (nesting too deep, too many errors) before its end.
/// </param>
/// <param name="Errors">The syntax errors worth reading: at most one per line, each at its span.</param>
/// <param name="ErrorCount">Every syntax error found, those left unsaid (a second one on a line: its first one's echo) included.</param>
public sealed record JsonParseResult(JsonNode? Root, IReadOnlyList<TemplateProblem> Errors, int ErrorCount)
{
    /// <summary>Whether the text is valid JSON.</summary>
    public bool IsValid => ErrorCount == 0;
}
