using Microsoft.CodeAnalysis;

namespace TemplateGen.Generator;

/// <summary>
/// TG0007: a step of TemplateGen failed on a template. The loader and emitters are built never to throw; if one does,
/// the template's output is left out and this one diagnostic names the template and the step, instead of the compiler's
/// CS8785 dropping every template's output.
/// </summary>
internal static class Failures
{
    public const string Id = "TG0007";

    public static readonly DiagnosticDescriptor Descriptor = new(
        Id,
        "TemplateGen could not process a template",
        "TemplateGen could not process '{0}' while {1}: {2}; its types are not generated. Please report it with the template.",
        "TemplateGen.Project",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/TemplateGen/TemplateGen/blob/main/docs/diagnostics/" + Id + ".md");

    public static Diagnostic Diagnostic(string template, string step, string what) =>
        Microsoft.CodeAnalysis.Diagnostic.Create(Descriptor, Location.None, System.IO.Path.GetFileName(template), step, what.Replace('\n', ' ').Replace('\r', ' '));
}
