using System.CommandLine;
using System.Reflection;
using Spectre.Console;
using TemplateGen.Reading;
using TemplateGen.Sample.Checking;
using TemplateGen.Sample.Output;

// Checks published annual reports on government information disclosure against the balance rules of
// the format they follow, using only the types and metadata TemplateGen generates from the templates.
var formatYears = ReportCheck.Formats.Select(f => f.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

var files = new Argument<FileInfo[]>("files") { Description = "Report files: extracted text or HTML pages.", Arity = ArgumentArity.OneOrMore };
var format = new Option<string?>("--format") { Description = "The format to read with, by the year of its notice; detected from the report when absent." };
format.AcceptOnlyFromAmong(formatYears);
var json = new Option<bool>("--json") { Description = "Write the results as JSON instead of tables." };
var check = new Command("check", "Check report files. Exit code: 0 every rule holds, 1 a rule fails, 2 a required table is missing or cannot be read.") { files, format, json };
check.SetAction(parsed =>
{
    var readable = parsed.GetValue(files)!.Select(f => (File: f, Content: ReadReport(f))).ToList();
    var code = Report(
        readable.Where(r => r.Content is not null).Select(r => ReportCheck.Run(r.File.Name, r.Content!, Format(parsed.GetValue(format)))).ToList(),
        parsed.GetValue(json));
    return readable.Any(r => r.Content is null) ? ExitCodes.Unreadable : code;
});

var renderFile = new Argument<FileInfo>("file") { Description = "A report file: extracted text or HTML." };
var output = new Option<FileInfo>("--html") { Description = "Where to write the HTML page.", Required = true };
var render = new Command("render", "Write a report's tables in the official layout as one HTML page, failed and inferred cells highlighted.") { renderFile, output, format };
render.SetAction(parsed =>
{
    if (ReadReport(parsed.GetValue(renderFile)!) is not { } content)
    {
        return ExitCodes.Unreadable;
    }

    var result = ReportCheck.Run(parsed.GetValue(renderFile)!.Name, content, Format(parsed.GetValue(format)));
    File.WriteAllText(parsed.GetValue(output)!.FullName, HtmlLayout.Write(result));
    AnsiConsole.MarkupLine($"wrote {Markup.Escape(parsed.GetValue(output)!.FullName)}");
    return result.ExitCode;
});

var root = new RootCommand("Checks the balances (勾稽关系) of published annual reports on government information disclosure. With no command, checks the reports embedded in this sample.")
{
    check,
    render,
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
    Report(embedded, asJson: false);
    return ExitCodes.Holds;
});

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return ExitCodes.Usage;
}

return parse.Invoke();

static int Report(IReadOnlyList<ReportCheck> checks, bool asJson)
{
    if (asJson)
    {
        Console.WriteLine(JsonReport.Write(checks));
    }
    else
    {
        ConsoleReport.Write(AnsiConsole.Console, checks);
    }

    return ExitCodes.Of(checks);
}

// A file that cannot be read is reported like a report that cannot be read: a message and exit code 2.
static string? ReadReport(FileInfo file)
{
    try
    {
        return File.ReadAllText(file.FullName);
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"cannot read {file.FullName}: {exception.Message}");
        return null;
    }
}

static ReportFormat? Format(string? year) => year is null ? null : ReportCheck.Formats.Single(f => f.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == year);
