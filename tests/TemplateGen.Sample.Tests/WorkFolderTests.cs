namespace TemplateGen.Sample.Tests;

/// <summary>
/// A test class whose tests each get a fresh temporary folder, deleted after the test (xunit makes one instance of the
/// class per test and disposes it).
/// </summary>
public abstract class WorkFolderTests : IDisposable
{
    /// <param name="prefix">Starts the folder's name, so a folder left behind says which tests made it.</param>
    protected WorkFolderTests(string prefix) => Work = Directory.CreateTempSubdirectory(prefix);

    /// <summary>The test's own folder.</summary>
    protected DirectoryInfo Work { get; }

    public void Dispose()
    {
        Work.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }
}
