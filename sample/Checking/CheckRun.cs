using TemplateGen.Reading;
using TemplateGen.Sample.Acceptance;
using TemplateGen.Sample.Input;

namespace TemplateGen.Sample.Checking;

/// <summary>One run of the checker over files and folders: every report checked, one body's years against each other, and every input that could not be opened.</summary>
/// <param name="Checks">The reports read, in file order.</param>
/// <param name="Series">One body's consecutive years checked against each other.</param>
/// <param name="SeriesNotes">What could not be checked across years, and why.</param>
/// <param name="Unreadable">Inputs that could not even be opened (a missing file, a folder that cannot be listed), each with why.</param>
internal sealed record CheckRun(IReadOnlyList<ReportCheck> Checks, IReadOnlyList<SeriesCheck> Series, IReadOnlyList<string> SeriesNotes, IReadOnlyList<(string Source, string Reason)> Unreadable)
{
    /// <summary>The accepted findings of the run (<c>--accepted</c>), or null when none were given.</summary>
    public FindingReview? Review { get; init; }

    /// <summary>
    /// Reads and checks every file (a folder stands for its reports), on every core: each file is read and checked
    /// on its own, and the results keep the files' order, so the output is the same however the work was shared.
    /// What cannot be opened is kept in <see cref="Unreadable"/>, not printed, so a progress display is never
    /// interleaved with it.
    /// </summary>
    /// <param name="progress">Told each file's name as it is started, with how many are done and how many there are; called by one thread at a time.</param>
    /// <param name="parallelism">How many files are read at once; by default one per core the process may use.</param>
    public static CheckRun Of(IEnumerable<FileInfo> inputs, ReportFormat? format, Action<int, int, string>? progress = null, int? parallelism = null)
    {
        var files = ReportFile.Expand(inputs.ToArray(), out var folderErrors);
        var checks = new ReportCheck?[files.Count];
        var errors = new string?[files.Count];
        var done = 0;
        var gate = new object();
        try
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount }, i => Check(i));
        }
        catch (AggregateException exception)
        {
            // A failure is what it was, not "one or more errors occurred": the caller's one-line message names it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
        }

        progress?.Invoke(files.Count, files.Count, "");
        var read = checks.OfType<ReportCheck>().ToList();
        var series = SeriesCheck.Run(read, out var seriesNotes);

        // Every input is in every output: a file that could not be opened, or a folder that could not be listed, with why.
        var unread = errors.Select((error, i) => (Source: files[i].Name, Reason: error)).Where(e => e.Reason is not null).Select(e => (e.Source, e.Reason!));
        return new CheckRun(read, series, seriesNotes, unread.Concat(folderErrors.Select(e => ("", e))).ToList());

        void Check(int i)
        {
            if (progress is not null)
            {
                lock (gate)
                {
                    progress(Volatile.Read(ref done), files.Count, files[i].Name);
                }
            }

            if (ReportFile.TryRead(files[i].FullName, out var content, out var error))
            {
                checks[i] = ReportCheck.Run(files[i].Name, content, format);
            }
            else
            {
                errors[i] = error;
            }

            Interlocked.Increment(ref done);
        }
    }

    /// <summary>The run with <paramref name="accepted"/> applied: accepted findings are marked and leave the exit code alone.</summary>
    public CheckRun Reviewed(IReadOnlyList<AcceptedFinding> accepted)
    {
        var review = FindingReview.Of(accepted, Finding.Of(Checks, Series), Checks.Where(c => c.Unreadable is null).Select(c => (Finding.BodyOf(c), c.Reading.Header.Year)));
        return this with
        {
            Review = review,
            Checks = Checks.Select(c => c with { Review = review }).ToList(),
            Series = Series.Select(s => s with { Pairs = s.Pairs.Select(p => p with { Review = review }).ToList() }).ToList(),
        };
    }

    /// <summary>The run's exit code: the worst of every report, every pair of years and every input that could not be opened.</summary>
    public int ExitCode => ExitCodes.Combine(Checks.Select(c => c.ExitCode)
        .Concat(Series.SelectMany(s => s.Pairs).Select(p => p.ExitCode))
        .Concat(Enumerable.Repeat(ExitCodes.Unreadable, Unreadable.Count)));
}
