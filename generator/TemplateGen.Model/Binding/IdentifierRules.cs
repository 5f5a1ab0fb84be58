using Microsoft.CodeAnalysis.CSharp;

namespace TemplateGen.Templates.Binding;

/// <summary>What the generated code needs of an id: a C# identifier that is not a keyword or a generated member.</summary>
internal static class IdentifierRules
{
    /// <summary>Members every generated table class has; a data row may not take these names.</summary>
    public static readonly string[] TableMembers = { "Metadata", "GetValue", "SetValue", "Validate", "ComputeTotals" };

    /// <summary>Members every generated row class has; a data column may not take these names.</summary>
    public static readonly string[] RowMembers = { "GetValue", "SetValue" };

    /// <summary>
    /// Names a table id may not take: the report type generated beside the tables, and that type's own
    /// members (each table becomes a property of the report named after it).
    /// </summary>
    public static readonly string[] ReservedTableIds = { "Report", "Metadata", "Tables", "Validate", "ComputeTotals" };

    /// <summary>Null when <paramref name="id"/> is usable, otherwise why not.</summary>
    public static string? Problem(string id)
    {
        if (id.Length == 0)
        {
            return "is empty";
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

    public static string? NamespaceProblem(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (Problem(part) is { } problem)
            {
                return $"has a part '{part}' that {problem}";
            }
        }

        return null;
    }
}
