namespace TemplateGen.Sample.Tests;

/// <summary>Runs the sample's entry point in-process with its console output captured; tests that use it share one collection, since the console is global.</summary>
internal static class SampleCli
{
    /// <summary>
    /// The exit code and standard output of the sample run with <paramref name="args"/>, in English unless they say
    /// <c>--lang</c>: the machine's own UI culture never decides what a test sees.
    /// </summary>
    public static (int Code, string Output) Run(params string[] args)
    {
        var entry = typeof(TemplateGen.Sample.Checking.ReportCheck).Assembly.EntryPoint!;
        var original = Console.Out;
        var originalBytes = TemplateGen.Sample.Output.StandardOutput.Open;
        var culture = System.Globalization.CultureInfo.CurrentUICulture;

        // Text and the JSON's bytes land in one stream, in the order they were written, as on a real standard output.
        var bytes = new MemoryStream();
        using var output = new StreamWriter(bytes, new System.Text.UTF8Encoding(false), bufferSize: 1024, leaveOpen: true) { AutoFlush = true };
        Console.SetOut(output);
        TemplateGen.Sample.Output.StandardOutput.Open = () => bytes;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            var code = (int)entry.Invoke(null, new object[] { args })!;
            return (code, System.Text.Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length));
        }
        finally
        {
            Console.SetOut(original);
            TemplateGen.Sample.Output.StandardOutput.Open = originalBytes;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The exit code, standard output and standard error of the sample run with <paramref name="args"/>.</summary>
    public static (int Code, string Output, string Error) RunWithErrors(params string[] args)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var (code, output) = Run(args);
            return (code, output, error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    /// <summary>What the console output of a check says, without colours or wrapping, in the current UI culture's language.</summary>
    public static string ConsoleText(TemplateGen.Sample.Checking.ReportCheck check)
    {
        using var writer = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(writer), Ansi = Spectre.Console.AnsiSupport.No });
        console.Profile.Width = 400;
        TemplateGen.Sample.Output.ConsoleReport.Write(console, new[] { check }, Array.Empty<TemplateGen.Sample.Checking.SeriesCheck>(), Array.Empty<string>());
        return writer.ToString();
    }
}
