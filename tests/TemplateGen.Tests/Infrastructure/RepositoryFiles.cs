namespace TemplateGen.Tests.Infrastructure;

/// <summary>Files of this repository (docs, release tracking), found by walking up to TemplateGen.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "TemplateGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TemplateGen.sln not found above " + AppContext.BaseDirectory);
    }
}
