using System.CommandLine;
using System.Reflection;
using Spectre.Console;
using TemplateGen.Reading;
using TemplateGen.Sample.Acceptance;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Export;
using TemplateGen.Sample.Input;
using TemplateGen.Sample.Output;
using TemplateGen.Sample.Resources;

// The language of everything written for people, help text included: --lang, else the UI culture. Help text is taken
// when the commands are built, so the choice is read before; the parser still checks the value.
if (Localized.Requested(args) is { } requested)
{
    System.Globalization.CultureInfo.CurrentUICulture = requested;
}

// Checks published annual reports on government information disclosure against the balance rules of
// the format they follow, using only the types and metadata TemplateGen generates from the templates.
var formatYears = ReportCheck.Formats.Select(f => f.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

var files = new Argument<FileInfo[]>("files") { Description = Strings.Help_files, Arity = ArgumentArity.OneOrMore };
files.Validators.Add(UnknownOptions.Check);
var format = new Option<string?>("--format") { Description = Strings.Help_format };
format.AcceptOnlyFromAmong(formatYears);
var json = new Option<bool>("--json") { Description = Strings.Help_json };
var verbose = new Option<bool>("--verbose") { Description = Strings.Help_verbose };
var csv = new Option<DirectoryInfo?>("--csv") { Description = Strings.Help_csv };
var xlsx = new Option<FileInfo?>("--xlsx") { Description = Strings.Help_xlsx };
var accepted = new Option<FileInfo?>("--accepted") { Description = Strings.Help_accepted };
var check = new Command("check", Strings.Help_check) { files, format, json, verbose, csv, xlsx, accepted };
check.SetAction(parsed =>
{
    var asJson = parsed.GetValue(json);
    var run = Checked(parsed.GetValue(files)!, Format(parsed.GetValue(format)));
    if (UnreadableText.AlsoOnStandardError(asJson, Console.IsOutputRedirected, Console.IsErrorRedirected))
    {
        WriteUnreadable(run);
    }

    if (parsed.GetValue(accepted) is { } acceptedFile)
    {
        if (AcceptedFile.Read(acceptedFile.FullName, missingIsEmpty: false, out var acceptedError) is not { } entries)
        {
            Console.Error.WriteLine(acceptedError);
            return ExitCodes.Unreadable;
        }

        run = run.Reviewed(entries);
    }

    var code = run.ExitCode;
    Report(run, code, asJson, parsed.GetValue(verbose));
    var exported = Export(run, parsed.GetValue(csv), parsed.GetValue(xlsx));
    return ExitCodes.Combine(new[] { code, exported });
});

var acceptFiles = new Argument<FileInfo[]>("files") { Description = Strings.Help_acceptFiles, Arity = ArgumentArity.OneOrMore };
acceptFiles.Validators.Add(UnknownOptions.Check);
var acceptInto = new Option<FileInfo>("--accepted") { Description = Strings.Help_acceptInto, Required = true };
var note = new Option<string>("--note") { Description = Strings.Help_note, Required = true };
var acceptRules = new Option<string[]>("--rule") { Description = Strings.Help_acceptRules, AllowMultipleArgumentsPerToken = true };
var by = new Option<string?>("--by") { Description = Strings.Help_by };
var accept = new Command("accept", Strings.Help_accept) { acceptFiles, acceptInto, note, acceptRules, by, format };
accept.SetAction(parsed =>
{
    var path = parsed.GetValue(acceptInto)!.FullName;
    if (AcceptedFile.Read(path, missingIsEmpty: true, out var error) is not { } entries)
    {
        Console.Error.WriteLine(error);
        return ExitCodes.Unreadable;
    }

    var run = Checked(parsed.GetValue(acceptFiles)!, Format(parsed.GetValue(format)));
    WriteUnreadable(run);

    var rules = parsed.GetValue(acceptRules) ?? Array.Empty<string>();
    var findings = Finding.Of(run.Checks, run.Series).Where(f => rules.Length == 0 || rules.Contains(f.Rule, StringComparer.OrdinalIgnoreCase)).ToList();
    var decision = new AcceptanceDecision(parsed.GetValue(note)!, parsed.GetValue(by) ?? Environment.UserName, DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    var (merged, added, updated, kept) = decision.Apply(entries, findings);
    try
    {
        AcceptedFile.Write(path, merged);
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(Localized.Format(Strings.Cli_CannotWrite, path, exception.Message));
        return ExitCodes.Unreadable;
    }

    Console.WriteLine(Localized.Format(Strings.Cli_Accepted, added, updated, kept, merged.Count, path));
    return run.Unreadable.Count > 0 ? ExitCodes.Unreadable : ExitCodes.Holds;
});

var renderFile = new Argument<FileInfo>("file") { Description = Strings.Help_renderFile };
var output = new Option<FileInfo>("--html") { Description = Strings.Help_output, Required = true };
var previousFile = new Option<FileInfo?>("--previous") { Description = Strings.Help_previousFile };
var render = new Command("render", Strings.Help_render) { renderFile, output, format, previousFile };
render.SetAction(parsed =>
{
    if (Directory.Exists(parsed.GetValue(renderFile)!.FullName))
    {
        return RenderFolder(parsed.GetValue(renderFile)!, new DirectoryInfo(parsed.GetValue(output)!.FullName), Format(parsed.GetValue(format)));
    }

    if (ReadReport(parsed.GetValue(renderFile)!) is not { } content)
    {
        return ExitCodes.Unreadable;
    }

    var result = ReportCheck.Run(parsed.GetValue(renderFile)!.Name, content, Format(parsed.GetValue(format)));
    if (result.Unreadable is { } why)
    {
        Console.Error.WriteLine(Localized.Format(Strings.Cli_CannotBeChecked, result.Reading.Source, why));
        return ExitCodes.Unreadable;
    }
    YearPair? previousYear = null;
    if (parsed.GetValue(previousFile) is { } previous)
    {
        if (ReadReport(previous) is not { } previousContent)
        {
            return ExitCodes.Unreadable;
        }

        var earlier = ReportCheck.Run(previous.Name, previousContent, Format(parsed.GetValue(format)));
        if (earlier.Unreadable is { } previousWhy)
        {
            Console.Error.WriteLine(Localized.Format(Strings.Cli_CannotBeChecked, earlier.Reading.Source, previousWhy));
            return ExitCodes.Unreadable;
        }

        var series = SeriesCheck.Run(new[] { earlier, result }, out var seriesNotes);
        previousYear = series.SelectMany(s => s.Pairs).SingleOrDefault(p => p.Current == result);
        foreach (var note in seriesNotes.Concat(series.SelectMany(s => s.Notes)))
        {
            Console.Error.WriteLine(note);
        }

        if (previousYear is null && seriesNotes.Count + series.Sum(s => s.Notes.Count) == 0)
        {
            Console.Error.WriteLine(Localized.Format(Strings.Cli_NotYearBefore, previous.Name, result.Reading.Source));
        }
    }
    var target = parsed.GetValue(output)!.FullName;
    try
    {
        File.WriteAllText(target, HtmlLayout.Write(result, previousYear));
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(Localized.Format(Strings.Cli_CannotWrite, target, exception.Message));
        return ExitCodes.Unreadable;
    }

    Console.WriteLine(Localized.Format(Strings.Cli_Wrote, target));
    return ExitCodes.Combine(new[] { result.ExitCode, previousYear?.ExitCode ?? ExitCodes.Holds });
});

var earlierTemplate = new Argument<FileInfo>("old") { Description = Strings.Help_earlierTemplate };
var laterTemplate = new Argument<FileInfo>("new") { Description = Strings.Help_laterTemplate };
var diff = new Command("diff", Strings.Help_diff) { earlierTemplate, laterTemplate };
diff.SetAction(parsed =>
{
    var (earlierFile, laterFile) = (parsed.GetValue(earlierTemplate)!, parsed.GetValue(laterTemplate)!);
    if (ReadTemplate(earlierFile) is not { } earlierText || ReadTemplate(laterFile) is not { } laterText)
    {
        return ExitCodes.Unreadable;
    }

    if (TemplateGen.Sample.Formats.FormatDiff.Write(earlierFile.Name, earlierText, laterFile.Name, laterText, out var error) is not { } changes)
    {
        Console.Error.WriteLine(error);
        return ExitCodes.Unreadable;
    }

    Console.Write(changes);
    return ExitCodes.Holds;
});

var lang = new Option<string?>("--lang") { Description = Strings.Lang_Description, Recursive = true };
lang.AcceptOnlyFromAmong("zh-CN", "en");
var root = new RootCommand(Strings.Help_root)
{
    check,
    accept,
    render,
    diff,
    lang,
};
root.SetAction(_ =>
{
    // The embedded reports include two that cannot be checked on purpose (seeds 001 and 004); the tour
    // itself succeeds when it has shown them all, so its exit code is 0. `check` gives per-report codes.
    var assembly = Assembly.GetExecutingAssembly();
    var embedded = assembly.GetManifestResourceNames()
        .Where(name => name.EndsWith(".txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(name =>
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            return ReportCheck.Run(name, reader.ReadToEnd());
        })
        .ToList();
    Report(new CheckRun(embedded, Array.Empty<SeriesCheck>(), Array.Empty<string>(), Array.Empty<(string, string)>()), ExitCodes.Holds, asJson: false);
    return ExitCodes.Holds;
});

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // The parser's own report of what is wrong, with its suggestions ("'chek' was not matched. Did you mean one of the
    // following? check"), on stderr and without the whole help; a usage error is exit code 64, never 1 ("a rule fails").
    if (parse.Action is System.CommandLine.Invocation.ParseErrorAction errorAction)
    {
        errorAction.ShowHelp = false;
        errorAction.ShowTypoCorrections = true;
    }

    parse.Invoke(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
    return ExitCodes.Usage;
}

try
{
    // The parser's own handler would print a stack trace and exit 1 (which means "a rule fails"): the catch below answers instead.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception)
{
    // The promise is a one-line message, never a stack trace; a failure here is a bug in the sample.
    Console.Error.WriteLine(Localized.Format(Strings.Cli_Failed, exception.GetType().Name, exception.Message));
    return ExitCodes.Unreadable;
}

static void Report(CheckRun run, int exitCode, bool asJson, bool verbose = false)
{
    if (asJson)
    {
        // Text already written must come first: the JSON's bytes bypass the console's writer.
        Console.Out.Flush();
        // Not disposed: standard output stays open for anything written after it.
        JsonReport.WriteTo(StandardOutput.Open(), run, exitCode);
    }
    else
    {
        ConsoleReport.Write(Terminal.Console, run, verbose);
    }
}

// A folder: one page per report (with the year before when the folder has it), and an index linking them.
static int RenderFolder(FileInfo folder, DirectoryInfo target, ReportFormat? format)
{
    var run = Checked(new[] { folder }, format);
    WriteUnreadable(run);
    try
    {
        target.Create();
        var pages = 0;
        foreach (var check in run.Checks.Where(c => c.Unreadable is null))
        {
            var previousYear = run.Series.SelectMany(s => s.Pairs).FirstOrDefault(p => p.Current == check);
            File.WriteAllText(Path.Combine(target.FullName, HtmlIndex.PageOf(check)), HtmlLayout.Write(check, previousYear));
            pages++;
        }

        var index = Path.Combine(target.FullName, "index.html");
        File.WriteAllText(index, HtmlIndex.Write(run));
        Console.WriteLine(Localized.Format(Strings.Cli_WrotePages, index, pages));
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(Localized.Format(Strings.Cli_CannotWriteInto, target.FullName, exception.Message));
        return ExitCodes.Unreadable;
    }

    return run.ExitCode;
}

// A file or folder that cannot be opened is an error line on stderr (after any progress display), as well as in the output.
static void WriteUnreadable(CheckRun run)
{
    foreach (var (source, reason) in run.Unreadable)
    {
        Console.Error.WriteLine(UnreadableText.Line(source, reason));
    }
}

// A progress bar on stderr while a folder is checked, when stderr is a terminal; nothing in a log or a pipe.
static CheckRun Checked(FileInfo[] inputs, ReportFormat? format)
{
    if (Console.IsErrorRedirected)
    {
        return CheckRun.Of(inputs, format);
    }

    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    CheckRun? run = null;
    console.Progress().AutoClear(true).HideCompleted(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
        .Start(context =>
        {
            var task = context.AddTask("reading", maxValue: 1);
            run = CheckRun.Of(inputs, format, (done, total, name) =>
            {
                task.MaxValue = Math.Max(total, 1);
                task.Value = done;
                task.Description = Markup.Escape(name.Length == 0 ? "across years" : name);
            });
        });
    return run!;
}

// The tables go to stdout's neighbours, never into it, so --json stays one document; a file that cannot be written is one line and exit code 2.
// The tables are built only when asked for: over a large folder they cost a fifth of a check.
static int Export(CheckRun run, DirectoryInfo? csvDirectory, FileInfo? workbook)
{
    if (csvDirectory is null && workbook is null)
    {
        return ExitCodes.Holds;
    }

    var tables = ExportTables.Of(run.Checks, run.Series, run.Unreadable);
    var target = "";
    try
    {
        if (csvDirectory is not null)
        {
            target = csvDirectory.FullName;
            foreach (var written in CsvExport.Write(target, tables))
            {
                Console.Error.WriteLine(Localized.Format(Strings.Cli_Wrote, written));
            }
        }

        if (workbook is not null)
        {
            target = workbook.FullName;
            XlsxExport.Write(target, tables);
            Console.Error.WriteLine(Localized.Format(Strings.Cli_Wrote, target));
        }

        return ExitCodes.Holds;
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine(Localized.Format(Strings.Cli_CannotWrite, target, exception.Message));
        return ExitCodes.Unreadable;
    }
}

// A file that cannot be read is reported like a report that cannot be read: a message and exit code 2.
static byte[]? ReadReport(FileInfo file)
{
    if (ReportFile.TryRead(file.FullName, out var content, out var error))
    {
        return content;
    }

    Console.Error.WriteLine(error);
    return null;
}

static string? ReadTemplate(FileInfo file)
{
    if (ReportFile.TryReadText(file.FullName, out var text, out var error))
    {
        return text;
    }

    Console.Error.WriteLine(error);
    return null;
}

static ReportFormat? Format(string? year) => year is null ? null : ReportCheck.Formats.Single(f => f.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == year);
