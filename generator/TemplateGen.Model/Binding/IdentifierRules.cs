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
