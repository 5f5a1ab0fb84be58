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

    /// <summary>
    /// How long a type's full name may be in UTF-8 bytes: the compiler refuses longer names in metadata (CS7013).
    /// </summary>
    public const int MaxMetadataNameBytes = 1024;

    /// <summary>
    /// A generated file's name may take this many UTF-8 bytes; longer ones are shortened with a hash, so that with
    /// EmitCompilerGeneratedFiles they stay within what file systems allow (255 bytes, CS0016 otherwise).
    /// </summary>
    public const int MaxHintNameBytes = 200;

    /// <summary>
    /// Types the compiler emits into an assembly for code like the generated code when the references lack them
    /// (nullable annotations, readonly and ref safety markers, the attribute that marks them embedded): a template
    /// type of the same full name would be taken for them (CS0656, CS9271).
    /// </summary>
    public static readonly string[] CompilerSynthesizedTypes =
    {
        "Microsoft.CodeAnalysis.EmbeddedAttribute",
        "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute",
        "System.Runtime.CompilerServices.IsUnmanagedAttribute",
        "System.Runtime.CompilerServices.IsByRefLikeAttribute",
        "System.Runtime.CompilerServices.ScopedRefAttribute",
        "System.Runtime.CompilerServices.RequiresLocationAttribute",
        "System.Runtime.CompilerServices.ParamCollectionAttribute",
        "System.Runtime.CompilerServices.IsExternalInit",
    };

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
    public static string TableHint(string prefix, string tableId) => Bounded($"{prefix}.{tableId}");

    /// <summary>The Report class's file; the private prefix keeps it apart from every table's file.</summary>
    public static string ReportHint(string prefix) => Bounded($"{prefix}.{PrivatePrefix}Report");

    /// <summary>The file that says a template could not be generated.</summary>
    public static string ErrorHint(string prefix) => Bounded($"{prefix}.{PrivatePrefix}Error");

    /// <summary>
    /// A file name of at most <see cref="MaxHintNameBytes"/> UTF-8 bytes: a longer stem keeps its start and ends in a
    /// hash of the whole, so names stay distinct and the same for the same input.
    /// </summary>
    private static string Bounded(string stem)
    {
        const string extension = ".g.cs";
        if (System.Text.Encoding.UTF8.GetByteCount(stem) + extension.Length <= MaxHintNameBytes)
        {
            return stem + extension;
        }

        // FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in stem)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var keep = 0;
        var bytes = 0;
        while (keep < stem.Length)
        {
            var width = char.IsHighSurrogate(stem[keep]) && keep + 1 < stem.Length ? 2 : 1;
            var size = System.Text.Encoding.UTF8.GetByteCount(stem.Substring(keep, width));
            if (bytes + size > MaxHintNameBytes - 40)
            {
                break;
            }

            bytes += size;
            keep += width;
        }

        return stem.Substring(0, keep) + "." + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + extension;
    }

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
