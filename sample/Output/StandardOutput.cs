namespace TemplateGen.Sample.Output;

/// <summary>
/// Standard output as bytes, for output that is UTF-8 already (the JSON): written as it is, not turned into a string
/// and encoded again for the console.
/// </summary>
internal static class StandardOutput
{
    /// <summary>
    /// Opens the stream the bytes go to: the process's standard output. A host that runs the entry point in-process
    /// and replaces <see cref="Console.Out"/> replaces this too, with the stream under its writer, so text and bytes
    /// stay in order.
    /// </summary>
    public static Func<Stream> Open { get; set; } = Console.OpenStandardOutput;
}
