namespace TemplateGen.Sample.Output;

/// <summary>How an input that could not be opened is told: one line, on the console and on stderr alike.</summary>
internal static class UnreadableText
{
    /// <summary>
    /// The reason, which names the path already ("cannot read /in/a.txt: no such file"), or the file's name before a
    /// reason that does not.
    /// </summary>
    public static string Line(string source, string reason) =>
        source.Length > 0 && !reason.Contains(source, StringComparison.Ordinal) ? $"{source}: {reason}" : reason;

    /// <summary>
    /// Whether the files that could not be opened are named on stderr too: for scripts, which read stderr, and for logs,
    /// unless the console report goes to the same terminal, where it names them already.
    /// </summary>
    public static bool AlsoOnStandardError(bool asJson, bool outputRedirected, bool errorRedirected) =>
        asJson || outputRedirected || errorRedirected;
}
