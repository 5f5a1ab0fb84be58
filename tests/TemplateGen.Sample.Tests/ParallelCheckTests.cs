using Shouldly;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Output;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// `check` reads a folder's files on every core, yet what it says is the same as reading them one by one: reports in
/// file order, the same findings, the same language, a progress display told of every file by one thread at a time.
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed class ParallelCheckTests : WorkFolderTests
{
    public ParallelCheckTests()
        : base("templategen-parallel-")
    {
    }

    [Fact]
    public void A_folder_read_on_four_threads_gives_the_json_of_one_thread_in_file_order()
    {
        var folder = Folder();

        var alone = CheckRun.Of(new[] { new FileInfo(folder) }, null, parallelism: 1);
        var shared = CheckRun.Of(new[] { new FileInfo(folder) }, null, parallelism: 4);

        shared.Checks.Select(c => c.Reading.Source).ShouldBe(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // a notice and an image included: opened, not placed
        Json(shared).ShouldBe(Json(alone));
        shared.Series.ShouldNotBeEmpty(); // the years of one body were compared after the files were read
    }

    [Fact]
    public void Files_read_on_other_threads_speak_the_language_of_the_run()
    {
        var folder = Folder();
        string english;
        using (Culture.English())
        {
            english = Json(CheckRun.Of(new[] { new FileInfo(folder) }, null, parallelism: 4));
        }

        using (Culture.Chinese())
        {
            var alone = Json(CheckRun.Of(new[] { new FileInfo(folder) }, null, parallelism: 1));
            var shared = Json(CheckRun.Of(new[] { new FileInfo(folder) }, null, parallelism: 4));

            shared.ShouldBe(alone);
            shared.ShouldNotBe(english); // the readings' notes and problems are in Chinese, on every thread
        }
    }

    [Fact]
    public void Progress_is_told_every_file_once_and_by_one_thread_at_a_time()
    {
        var folder = Folder();
        var told = new List<(int Done, int Total, string Name)>();
        var inside = 0;
        var overlapped = false;

        CheckRun.Of(new[] { new FileInfo(folder) }, null, (done, total, name) =>
        {
            overlapped |= Interlocked.Increment(ref inside) > 1;
            told.Add((done, total, name));
            Thread.Sleep(1); // a display takes time: another thread would arrive meanwhile
            Interlocked.Decrement(ref inside);
        }, parallelism: 4);

        overlapped.ShouldBeFalse();
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        told.Take(files.Count).Select(t => t.Name).Order(StringComparer.Ordinal).ShouldBe(files.Order(StringComparer.Ordinal));
        told.Select(t => t.Total).Distinct().ShouldBe(new[] { files.Count });
        told.Select(t => t.Done).ShouldBe(told.Select(t => t.Done).Order()); // never backwards
        told[^1].ShouldBe((files.Count, files.Count, ""));
    }

    [Fact]
    public void A_failure_on_another_thread_is_the_failure_itself_for_the_one_line_message()
    {
        var folder = Folder();

        var failure = Should.Throw<IOException>(() => CheckRun.Of(new[] { new FileInfo(folder) }, null, (_, _, _) => throw new IOException("the terminal is gone"), parallelism: 4));

        failure.Message.ShouldBe("the terminal is gone"); // not an AggregateException's "One or more errors occurred"
    }

    /// <summary>The mixed folder and one body's seven years, so years are compared too.</summary>
    private string Folder()
    {
        var folder = MixedFolder.Create(Work.FullName);
        foreach (var file in Directory.GetFiles(ReportFiles.RealReport("series/decoded")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static string Json(CheckRun run) => JsonReport.Write(run.Checks, run.Series, run.SeriesNotes, run.ExitCode, run.Unreadable, run.Review, RunSummary.Of(run));
}
