using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Input;

/// <summary>
/// Reads a report file for checking, whatever the path names: a directory, a device that never ends (/dev/zero)
/// or a pipe with no writer are each a one-line message, never a hang, an out-of-memory or a stack trace.
/// </summary>
internal static class ReportFile
{
    /// <summary>Far above any report (the largest PDF seen is a few MB); the reading library refuses larger input too.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Word and WPS leave a lock file (~$report.docx) beside a document that is open: no report.</summary>
    private const string OfficeLockPrefix = "~$";

    /// <summary>The report files of a folder, by name, as `check` takes them.</summary>
    public static readonly string[] ReportExtensions = { ".pdf", ".docx", ".txt", ".htm", ".html" };

    /// <summary>
    /// The paths given, each folder replaced by its report files (<see cref="ReportExtensions"/>, not in subfolders, not
    /// office lock files) in ordinal name order; a folder without any is an error line in <paramref name="errors"/>. Other paths are kept as
    /// given, so one that cannot be read is reported by <see cref="Read"/>.
    /// </summary>
    public static IReadOnlyList<FileInfo> Expand(IEnumerable<FileInfo> paths, out IReadOnlyList<string> errors)
    {
        var files = new List<FileInfo>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path.FullName))
            {
                files.Add(path);
                continue;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFiles(path.FullName);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add(Localized.Format(Strings.Cli_CannotRead, path.FullName, exception.Message));
                continue;
            }

            var reports = entries
                .Where(f => ReportExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Where(f => !Path.GetFileName(f).StartsWith(OfficeLockPrefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => new FileInfo(f))
                .ToList();
            if (reports.Count == 0)
            {
                problems.Add(Localized.Format(Strings.Cli_CannotRead, path.FullName, Localized.Format(Strings.Folder_NoReports, string.Join(", ", ReportExtensions.Select(e => "*" + e)))));
            }

            files.AddRange(reports);
        }

        errors = problems;
        return files;
    }

    /// <summary>Reads the file's text as UTF-8 (a template); false with <paramref name="error"/> saying why it cannot be read.</summary>
    public static bool TryReadText(string path, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? error)
    {
        text = TryRead(path, out var bytes, out error) ? Decode(bytes) : null;
        return text is not null;
    }

    /// <summary>Reads the file's bytes; false with <paramref name="error"/> saying why it cannot be read.</summary>
    public static bool TryRead(string path, [NotNullWhen(true)] out byte[]? content, [NotNullWhen(false)] out string? error)
    {
        content = Read(path, out var why);
        error = content is null ? why : null;
        return content is not null;
    }

    /// <summary>The file's bytes, or null with <paramref name="error"/> saying why they cannot be read.</summary>
    private static byte[]? Read(string path, out string error)
    {
        error = "";
        try
        {
            if (Directory.Exists(path))
            {
                error = Localized.Format(Strings.Cli_CannotRead, path, Strings.File_IsDirectory);
                return null;
            }

            if (!File.Exists(path))
            {
                error = Localized.Format(Strings.Cli_CannotRead, path, Strings.File_Missing);
                return null;
            }

            using var stream = Open(path);

            // Sized by the file where it has a size (a device or pipe says 0), the chunk borrowed: over a folder of
            // reports, buffers grown and thrown away per file were most of the reading's garbage.
            var buffer = new MemoryStream(SizeOf(path));
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > MaxBytes)
                    {
                        error = Localized.Format(Strings.Cli_CannotRead, path, Localized.Format(Strings.File_TooLarge, MaxBytes / (1024 * 1024)));
                        return null;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = Localized.Format(Strings.Cli_CannotRead, path, exception.Message);
            return null;
        }
    }

    /// <summary>The capacity to start from: the file's length when it is a plain file within the limit, else 0.</summary>
    private static int SizeOf(string path)
    {
        var length = new FileInfo(path).Length;
        return length > 0 && length <= MaxBytes ? (int)length : 0;
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Opens without blocking: a named pipe with no writer would block a plain open forever; opened non-blocking it
    /// reads as empty at once.
    /// </summary>
    private static Stream Open(string path)
    {
        var nonBlocking = OperatingSystem.IsLinux() ? 0x800 : OperatingSystem.IsMacOS() ? 0x4 : 0;
        if (nonBlocking == 0)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }

        var descriptor = OpenFile(path, nonBlocking);
        if (descriptor < 0)
        {
            throw new IOException(Marshal.GetLastPInvokeErrorMessage());
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, 1);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
