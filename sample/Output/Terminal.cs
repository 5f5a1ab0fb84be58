using Spectre.Console;

namespace TemplateGen.Sample.Output;

/// <summary>
/// The console the reports are printed to: colours only on a terminal that has not asked for none (NO_COLOR), and
/// no wrapping at 80 columns when the output goes to a file or a pipe, where lines are read by scripts.
/// </summary>
internal static class Terminal
{
    /// <summary>Wide enough that no table row of a report wraps.</summary>
    private const int RedirectedWidth = 240;

    /// <summary>
    /// A console over the current standard output, made when asked: one kept from the first call would go on writing to
    /// whatever writer was standard output then (a run inside a test host, whose writer is gone by the next run).
    /// </summary>
    public static IAnsiConsole Console => Create();

    private static IAnsiConsole Create()
    {
        var redirected = System.Console.IsOutputRedirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected || noColor ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected || noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        if (redirected)
        {
            // A log or a file: plain ASCII table borders and header lines, never wider than the content needs.
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Unicode = false;
        }

        return console;
    }
}
