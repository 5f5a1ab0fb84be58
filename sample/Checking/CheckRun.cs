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
    /// Reads and checks every file (a folder stands for its reports). What cannot be opened is kept in
    /// <see cref="Unreadable"/>, not printed, so a progress display is never interleaved with it.
    /// </summary>
    /// <param name="progress">Told each file's name before it is checked, with how many are done and how many there are.</param>
    public static CheckRun Of(IEnumerable<FileInfo> inputs, ReportFormat? format, Action<int, int, string>? progress = null)
    {
        var files = ReportFile.Expand(inputs.ToArray(), out var folderErrors);
        var checks = new List<ReportCheck>();
        var unread = new List<(string Source, string Reason)>();
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Invoke(i, files.Count, files[i].Name);
            if (ReportFile.Read(files[i].FullName, out var error) is { } content)
            {
                checks.Add(ReportCheck.Run(files[i].Name, content, format));
            }
            else
            {
                unread.Add((files[i].Name, error ?? "cannot be read"));
            }
        }

        progress?.Invoke(files.Count, files.Count, "");
        var series = SeriesCheck.Run(checks, out var seriesNotes);

        // Every input is in every output: a file that could not be opened, or a folder that could not be listed, with why.
        return new CheckRun(checks, series, seriesNotes, unread.Concat(folderErrors.Select(e => ("", e))).ToList());
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
