using System;
using System.IO;
using TemplateGen.Reading.Documents.Pdf;
using TemplateGen.Reading.Documents.Word;
using TemplateGen.Reading.Resources;

namespace TemplateGen.Reading.Documents;

/// <summary>
/// Tells what a file's bytes are by their content (the name only adds context to a message) and reads them into
/// lines: a PDF, a Word document, text or HTML in any encoding; a format that cannot be read (a scanned PDF, a legacy
/// .doc or .wps, an image, other binary data) is one <see cref="DocumentText.Problem"/> that says what to do.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>Far above any report (the largest PDF seen is a few MB); a larger input is not a report.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>How much of the start of a file may stand before a PDF's header, as readers allow.</summary>
    private const int PdfHeaderWindow = 1024;

    public static DocumentText Load(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0)
        {
            return DocumentText.Unreadable(DocumentKind.Text, ReadingText.InputEmpty);
        }

        if (bytes.Length > MaxBytes)
        {
            return DocumentText.Unreadable(DocumentKind.Text, Say.Format(ReadingText.TooLargeFile, MaxBytes / (1024 * 1024)));
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (IsPdf(bytes))
        {
            return PdfText.Read(bytes);
        }

        if (Bytes.StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04))
        {
            return DocxText.Read(bytes);
        }

        if (Bytes.StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return DocumentText.Unreadable(DocumentKind.Word, extension is ".xls" or ".et"
                ? ReadingText.LegacySpreadsheet
                : Say.Format(ReadingText.LegacyWord, extension.Length > 0 ? extension : ".doc"));
        }

        if (Bytes.StartsWith(bytes, 0x7B, 0x5C, 0x72, 0x74, 0x66))
        {
            return DocumentText.Unreadable(DocumentKind.Word, "an RTF document: save it as .docx or PDF");
        }

        if (ImageKind(bytes) is { } image)
        {
            return DocumentText.Unreadable(DocumentKind.Text, Say.Format(ReadingText.Image, image));
        }

        var text = TextDecoding.Decode(bytes, out var encoding, out var invalid);
        if (LooksBinary(text))
        {
            return DocumentText.Unreadable(DocumentKind.Text, extension == ".pdf"
                ? ReadingText.NotPdf
                : ReadingText.Binary);
        }

        return DocumentText.FromString(text, encoding, invalid is null ? null : new[] { invalid });
    }

    private static bool IsPdf(byte[] bytes)
    {
        var window = Math.Min(bytes.Length, PdfHeaderWindow) - 4;
        for (var i = 0; i < window; i++)
        {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-')
            {
                return true;
            }
        }

        return false;
    }

    private static string? ImageKind(byte[] bytes) =>
        Bytes.StartsWith(bytes, 0x89, 0x50, 0x4E, 0x47) ? "PNG"
        : Bytes.StartsWith(bytes, 0xFF, 0xD8, 0xFF) ? "JPEG"
        : Bytes.StartsWith(bytes, 0x47, 0x49, 0x46, 0x38) ? "GIF"
        : Bytes.StartsWith(bytes, 0x49, 0x49, 0x2A, 0x00) || Bytes.StartsWith(bytes, 0x4D, 0x4D, 0x00, 0x2A) ? "TIFF"
        : null;

    /// <summary>Text has few control characters; decoded binary data has many (NUL above all).</summary>
    private static bool LooksBinary(string text)
    {
        var sample = Math.Min(text.Length, 8192);
        var control = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                control++;
            }
        }

        return sample > 0 && control * 10 > sample;
    }
}
