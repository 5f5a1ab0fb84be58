using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Documents;

/// <summary>
/// Decodes a report's bytes as the encodings Chinese government sites and office tools use: a byte order mark
/// decides; else an HTML page's declared charset; else UTF-8 when the bytes are valid UTF-8 (or nearly: a few damaged
/// bytes among many UTF-8 characters); else GB18030 (which covers GBK and GB2312). Bytes that are not valid in the encoding used are named with their offset, never
/// replaced silently.
/// </summary>
internal static class TextDecoding
{
    /// <summary>How far into the bytes a page declares its charset (HTML asks for the first 1,024 bytes; pages saved from Word go further).</summary>
    private const int CharsetWindow = 4096;

    private static readonly Regex Charset = new(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string Decode(byte[] bytes, out string? encodingName, out string? invalid)
    {
        var (encoding, skip, name) = Choose(bytes);
        encodingName = encoding.CodePage == Encoding.UTF8.CodePage ? null : name;
        invalid = FirstInvalid(encoding, bytes, skip) is { } offset
            ? Say.Format(ReadingText.InvalidBytes, offset, name)
            : null;
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static (Encoding Encoding, int Skip, string Name) Choose(byte[] bytes)
    {
        if (Bytes.StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return (Encoding.UTF8, 3, "UTF-8");
        }

        if (Bytes.StartsWith(bytes, 0xFF, 0xFE))
        {
            return (Encoding.Unicode, 2, "UTF-16");
        }

        if (Bytes.StartsWith(bytes, 0xFE, 0xFF))
        {
            return (Encoding.BigEndianUnicode, 2, "UTF-16BE");
        }

        if (Declared(bytes) is { } declared)
        {
            return declared;
        }

        if (FirstInvalid(Encoding.UTF8, bytes, 0) is null || MostlyUtf8(bytes))
        {
            return (Encoding.UTF8, 0, "UTF-8");
        }

        return (Gb18030, 0, "GB18030");
    }

    /// <summary>Whether "&lt;meta" (any case) is among the first <paramref name="window"/> bytes.</summary>
    private static bool ContainsMeta(byte[] bytes, int window)
    {
        const string Meta = "<meta";
        for (var i = 0; i + Meta.Length <= window; i++)
        {
            var j = 0;
            while (j < Meta.Length && char.ToLowerInvariant((char)bytes[i + j]) == Meta[j])
            {
                j++;
            }

            if (j == Meta.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// UTF-8 with a few damaged bytes (a truncated download, one bad sector) rather than another encoding: its
    /// multi-byte characters decode, and the bad bytes are few among them. GBK text read as UTF-8 is mostly invalid.
    /// </summary>
    private static bool MostlyUtf8(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var (replaced, other) = (0, 0);
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                replaced++;
            }
            else if (c > 0x7F)
            {
                other++;
            }
        }

        return replaced * 20 < other;
    }

    /// <summary>The charset an HTML page declares in a meta element, when it names one this reader knows.</summary>
    private static (Encoding, int, string)? Declared(byte[] bytes)
    {
        // Looked for in the bytes first: most reports are no HTML, and they need no decoded copy of their head.
        var window = Math.Min(bytes.Length, CharsetWindow);
        if (!ContainsMeta(bytes, window))
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(bytes, 0, window);
        if (Charset.Match(head) is not { Success: true } match)
        {
            return null;
        }

        var label = match.Groups[1].Value.ToLowerInvariant();
        switch (label)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "chinese" or "csgb2312" or "euc-cn":
                return (Gb18030, 0, "GB18030");
            case "utf-8" or "utf8":
                return (Encoding.UTF8, 0, "UTF-8");
            case "big5" or "big5-hkscs" or "cp950":
                return (CodePages(950), 0, "Big5");
        }

        try
        {
            var encoding = CodePages(label) ?? Encoding.GetEncoding(label);
            return (encoding, 0, encoding.WebName);
        }
        catch (ArgumentException)
        {
            return null; // an unknown label: the bytes decide
        }
    }

    /// <summary>GB18030, a superset of GBK and GB2312, from the code pages package (no global registration: a library should not change the process's encodings).</summary>
    private static Encoding Gb18030 => CodePages(54936);

    private static Encoding CodePages(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);

    private static Encoding? CodePages(string name) => CodePagesEncodingProvider.Instance.GetEncoding(name);

    /// <summary>The offset of the first byte the encoding cannot decode, or null when every byte is valid.</summary>
    private static int? FirstInvalid(Encoding encoding, byte[] bytes, int skip)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetCharCount(bytes, skip, bytes.Length - skip);
            return null;
        }
        catch (DecoderFallbackException exception)
        {
            return exception.Index >= 0 ? skip + exception.Index : skip;
        }
    }
}
