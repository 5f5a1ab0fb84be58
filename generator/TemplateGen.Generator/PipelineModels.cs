using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator;

/// <summary>A template file's path, text (null when it could not be read) and the namespace the project sets for it.</summary>
internal sealed record TemplateFile(string Path, string? Text, string? NamespaceOverride, string? AccessibilityDefault = null);

/// <summary>A template's path and the parts of its model that can be generated (null: nothing can), or why loading it failed.</summary>
internal sealed record LoadedTemplate(string Path, Template? Template, string? Failure = null);

/// <summary>
/// What decides whether and under which names a template's files are generated, and which of its types clash with the
/// compilation's: its path, namespace and table ids.
/// </summary>
internal sealed record HintKey(string Path, string Namespace, EquatableArray<string> TableIds);

/// <summary>A template's path and the file-name prefix assigned to it.</summary>
internal sealed record HintPrefix(string Path, string Prefix);

/// <summary>A template's path, id and namespace: what another template needs to name its generated Report.</summary>
internal sealed record TemplateIdentity(string Path, string Id, string Namespace);

/// <summary>Everything one template's generated files depend on.</summary>
/// <param name="Template">The template's model.</param>
/// <param name="HintPrefix">The file-name prefix of its generated files.</param>
/// <param name="PredecessorNamespace">The namespace of the generated Report of the template it supersedes, or null when that is not generated.</param>
internal sealed record EmitInput(Template Template, string HintPrefix, string? PredecessorNamespace = null);

/// <summary>What of the template at a path clashes with the compilation's types.</summary>
internal sealed record PathClashes(string Path, TemplateClashes Clashes);
