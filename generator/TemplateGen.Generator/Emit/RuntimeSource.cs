using System.IO;

namespace TemplateGen.Generator.Emit;

/// <summary>The support types every consuming project gets once, read from this assembly's resources.</summary>
internal static class RuntimeSource
{
    public const string HintName = "TemplateGen.Runtime.g.cs";

    /// <summary>How generated code names a support type: fully qualified, so no user namespace can shadow it.</summary>
    public const string TypePrefix = "global::TemplateGen.";

    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(RuntimeSource).Assembly.GetManifestResourceStream("TemplateGen.Runtime.cs");
        if (stream is null)
        {
            // A build of this assembly without its resource is broken; say so in the user's build instead of throwing.
            return "#error TemplateGen's support types are missing from the generator assembly; reinstall the package.\n";
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
