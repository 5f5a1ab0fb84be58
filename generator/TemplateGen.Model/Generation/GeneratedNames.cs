using System;

namespace TemplateGen.Templates.Generation;

/// <summary>
/// Every name the generator emits, in one place for the emitters, the template validator and the analyzers: what
/// the generated types and files are called, which member names they already have (so an id that would clash is
/// a TG diagnostic, not a compile error), and the prefix of the private names the generated code uses inside.
/// </summary>
public static class GeneratedNames
{
    /// <summary>Ids may not start with this; the generated code names its private members and locals with it.</summary>
    public const string PrivatePrefix = "__";

    /// <summary>The class that holds one instance of every table of a template.</summary>
    public const string ReportClass = "Report";

    /// <summary>The longest id: the compiler rejects longer metadata names once suffixes and namespaces are added.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Members of <see cref="object"/>: an id equal to one would hide it (CS0108) or clash with it.</summary>
    public static readonly string[] ObjectMembers = { "ToString", "GetType", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    /// <summary>Members of every generated table class (beside its rows): a data row may not take these names.</summary>
    public static readonly string[] TableMembers = Concat(new[] { "Metadata", "GetValue", "SetValue", "Validate", "ComputeTotals" }, ObjectMembers);

    /// <summary>Members of every generated row class (beside its cells): a data column may not take these names.</summary>
    public static readonly string[] RowMembers = Concat(new[] { "GetValue", "SetValue" }, ObjectMembers);

    /// <summary>Members of the Report class (beside one property per table): a table may not take these names.</summary>
    public static readonly string[] ReportMembers = Concat(new[] { ReportClass, "Metadata", "Tables", "Validate", ValidateAgainstPrevious, "ComputeTotals" }, ObjectMembers);

    /// <summary>The Report's methods that check the rules across reports against the previous year's report.</summary>
    public const string ValidateAgainstPrevious = nameof(ValidateAgainstPrevious);

    /// <summary>The row class of a table: one property per data column.</summary>
    public static string RowClass(string tableId) => tableId + "Row";

    /// <summary>A table's file.</summary>
    public static string TableHint(string prefix, string tableId) => $"{prefix}.{tableId}.g.cs";

    /// <summary>The Report class's file; the private prefix keeps it apart from every table's file.</summary>
    public static string ReportHint(string prefix) => $"{prefix}.{PrivatePrefix}Report.g.cs";

    /// <summary>The file that says a template could not be generated.</summary>
    public static string ErrorHint(string prefix) => $"{prefix}.{PrivatePrefix}Error.g.cs";

    /// <summary>
    /// How names compare where the compiler or a file system ignores case (hint names, generated files on disk):
    /// two tables or namespaces equal under this key would overwrite each other's files.
    /// </summary>
    public static string FileKey(string name) => name.ToUpperInvariant();

    /// <summary>The private method of a table class that creates a row's accessor object on first use.</summary>
    public const string RowAccessor = PrivatePrefix + "Row";

    /// <summary>The private field of a table class and its row class that holds the table's cells.</summary>
    public const string Cells = PrivatePrefix + "cells";

    /// <summary>The private field of a table class that holds its row objects, created on first use.</summary>
    public const string Rows = PrivatePrefix + "rows";

    /// <summary>The private field of a row class that holds its data row index.</summary>
    public const string RowIndex = PrivatePrefix + "row";

    /// <summary>The local result of the Report's Validate().</summary>
    public const string Result = PrivatePrefix + "result";

    private static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
