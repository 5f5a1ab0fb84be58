using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using TemplateGen.Templates.Generation;

namespace TemplateGen.Templates.Binding;

/// <summary>
/// What the generated code needs of an id: a C# identifier that is not a keyword, is told apart from every other
/// id by the compiler, and is not a name the generated code already uses (<see cref="GeneratedNames"/>).
/// </summary>
internal static class IdentifierRules
{
    /// <summary>The namespace of TemplateGen's runtime: a template namespace inside it would shadow the runtime's types.</summary>
    private const string RuntimeNamespace = RuntimeContract.Namespace;

    /// <summary>Null when <paramref name="id"/> is usable, otherwise why not.</summary>
    public static string? Problem(string id)
    {
        if (id.Length == 0)
        {
            return "is empty";
        }

        if (id.Length > GeneratedNames.MaxIdLength)
        {
            return $"is {id.Length} characters long; TemplateGen allows at most {GeneratedNames.MaxIdLength}";
        }

        for (var i = 0; i < id.Length; i++)
        {
            // An unpaired surrogate (legal in JSON as \uD800) is no character at all: nothing can normalize or encode it.
            if (char.IsHighSurrogate(id[i]) ? i + 1 >= id.Length || !char.IsLowSurrogate(id[i + 1]) : char.IsLowSurrogate(id[i]) && (i == 0 || !char.IsHighSurrogate(id[i - 1])))
            {
                return $"contains the unpaired surrogate U+{(int)id[i]:X4}, which is no character (a broken \\u escape?)";
            }
        }

        foreach (var c in id)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                return $"contains the invisible formatting character U+{(int)c:X4}, which C# ignores in names, so the id would not be told apart from the same id without it";
            }
        }

        if (!id.IsNormalized())
        {
            return "is not in Unicode normalization form C, so it could look like another id and not be the same";
        }

        if (id.StartsWith(GeneratedNames.PrivatePrefix, System.StringComparison.Ordinal))
        {
            return $"starts with '{GeneratedNames.PrivatePrefix}', which TemplateGen keeps for the names it generates";
        }

        if (!SyntaxFacts.IsValidIdentifier(id))
        {
            return "is not a valid C# identifier (letters, digits and '_', not starting with a digit)";
        }

        if (SyntaxFacts.GetKeywordKind(id) != SyntaxKind.None)
        {
            return "is a C# keyword";
        }

        return null;
    }

    /// <summary>Whether <paramref name="id"/> looks like a compiler-made accessor (get_X, set_X); callers ask before building the properties to compare.</summary>
    public static bool IsAccessorName(string id) =>
        id.StartsWith("get_", System.StringComparison.Ordinal) || id.StartsWith("set_", System.StringComparison.Ordinal);

    /// <summary>
    /// The property whose accessor method <paramref name="id"/> would be named like (get_X, set_X), among
    /// <paramref name="properties"/>: the compiler gives every property X methods of those names (CS0102, CS0082).
    /// </summary>
    public static string? AccessorOf(string id, IEnumerable<string> properties)
    {
        if (!IsAccessorName(id))
        {
            return null;
        }

        var property = id.Substring(4);
        foreach (var candidate in properties)
        {
            if (candidate == property)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Null when a type <paramref name="typeName"/> in <paramref name="ns"/> hides no type the compiler makes for the
    /// generated code itself (nullable annotations, embedded attributes); otherwise why not. Types the project's
    /// references hold are checked by the analyzer and the generator against the compilation.
    /// </summary>
    public static string? SynthesizedTypeProblem(string ns, string typeName) =>
        System.Array.IndexOf(GeneratedNames.CompilerSynthesizedTypes, ns + "." + typeName) >= 0
            ? $"would declare {ns}.{typeName}, a type the compiler itself emits for the generated code"
            : null;

    /// <summary>Null when a type's full name stays within what metadata allows (CS7013), otherwise why not.</summary>
    public static string? MetadataLengthProblem(string ns, string typeName)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(ns) + 1 + System.Text.Encoding.UTF8.GetByteCount(typeName);
        return bytes > GeneratedNames.MaxMetadataNameBytes
            ? $"makes the full name of the generated type {typeName} {bytes} bytes long; metadata allows at most {GeneratedNames.MaxMetadataNameBytes} (CS7013)"
            : null;
    }

    /// <summary>Null when a table id can name a C# type beside the generated ones, otherwise why not.</summary>
    public static string? TypeNameProblem(string id)
    {
        foreach (var c in id)
        {
            if (c is < 'a' or > 'z')
            {
                return null;
            }
        }

        // var, record, required, file, scoped, … are all such names, and the compiler warns about the rest (CS8981).
        return "has only lower-case ASCII letters, which C# keeps for keywords (var, record, file …) and warns about as a type name (CS8981)";
    }

    public static string? NamespaceProblem(string ns)
    {
        var parts = ns.Split('.');
        if (parts[0] == RuntimeNamespace && (parts.Length == 1 || System.Array.IndexOf(RuntimeContract.TypeNames, parts[1]) >= 0))
        {
            return parts.Length == 1
                ? $"is '{RuntimeNamespace}', the namespace of TemplateGen's runtime types, which generated tables could hide"
                : $"names the runtime type '{RuntimeNamespace}.{parts[1]}', which the generated code would no longer find";
        }

        foreach (var part in parts)
        {
            if (Problem(part) is { } problem)
            {
                return $"has a part '{part}' that {problem}";
            }

            if (SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.None || part is "var" or "dynamic" or "nameof" or "global")
            {
                return $"has a part '{part}' that is a C# contextual keyword";
            }
        }

        return null;
    }
}
