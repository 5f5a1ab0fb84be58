using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// Reports as files arrive: text in the encodings Chinese sites and office tools use, Word documents, and what cannot
/// be read (scanned or encrypted PDFs, legacy .doc, random bytes), each read from bytes through <see cref="ReportReader"/>.
/// </summary>
public sealed class DocumentFormTests
{
    private const string Nyn = "pingtan-nyn-2021.txt";

    private static Encoding Gbk => CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Fact]
    public void Gbk_text_gives_the_verdict_of_its_utf8_form_and_says_which_encoding_was_used()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", Nyn));
        var utf8 = TestReports.ReadBytes(Encoding.UTF8.GetBytes(text), Nyn);

        var gbk = TestReports.ReadBytes(Gbk.GetBytes(text), Nyn);

        utf8.Encoding.ShouldBeNull();
        gbk.Encoding.ShouldBe("GB18030");
        Verdict(gbk).ShouldBe(Verdict(utf8));
        Verdict(gbk).ShouldContain("S1 Failed 自然人");
        gbk.Header.Place.ShouldBe(utf8.Header.Place);
    }

    [Fact]
    public void An_html_page_declaring_gb2312_gives_the_verdict_of_its_utf8_form()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", Nyn));
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
            + string.Concat(text.Split('\n').Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>")) + "</body></html>";

        var reading = TestReports.ReadBytes(Gbk.GetBytes(page), "nyn.htm");

        reading.DocumentKind.ShouldBe(DocumentKind.Html);
        reading.Encoding.ShouldBe("GB18030");
        Verdict(reading).ShouldBe(Verdict(TestReports.ReadBytes(Encoding.UTF8.GetBytes(text), Nyn)));
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_reads_as_its_utf8_form()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", Nyn));

        var reading = TestReports.ReadBytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), Nyn);

        reading.Encoding.ShouldBe("UTF-16");
        Verdict(reading).ShouldBe(Verdict(TestReports.ReadBytes(Encoding.UTF8.GetBytes(text), Nyn)));
    }

    [Fact]
    public void Bytes_not_valid_in_the_declared_encoding_are_named_with_their_offset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("第二十条")).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("规章")).ToArray();

        var reading = TestReports.ReadBytes(bytes, "broken.txt");

        reading.DocumentNotes.ShouldBe(new[] { "bytes at offset 15 are not valid UTF-8; they read as \uFFFD" });
    }

    [Fact]
    public void Utf8_with_a_damaged_byte_stays_utf8_and_names_the_byte()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealReports", Nyn));
        var bytes = Encoding.UTF8.GetBytes(text);
        var damaged = Array.IndexOf(bytes, (byte)0xE4, bytes.Length / 2);
        bytes[damaged] = 0xFF;

        var reading = TestReports.ReadBytes(bytes, Nyn);

        reading.Encoding.ShouldBeNull();
        reading.DocumentNotes.ShouldBe(new[] { $"bytes at offset {damaged} are not valid UTF-8; they read as \uFFFD" });
        reading.Header.Place.ShouldBe("平潭综合实验区农业农村局");
    }

    [Fact]
    public void A_word_document_made_from_a_report_reads_the_same_as_that_reports_text()
    {
        var text = TestReports.Read(TestReports.Seed(TestReports.Shapingba2021));
        text.AllTablesRead.ShouldBeTrue();

        var word = TestReports.ReadBytes(WordDocument(text), "shapingba.docx");

        word.DocumentKind.ShouldBe(DocumentKind.Word);
        word.Format.Year.ShouldBe(text.Format.Year);
        word.Tables.Select(t => t.State).ShouldAllBe(s => s == TableState.Complete);
        Values(word).ShouldBe(Values(text));
        Verdict(word).ShouldBe(Verdict(text));
    }

    [Fact]
    public void An_html_page_saved_from_word_reads_as_its_text_with_a_blank_cell_kept_in_its_place()
    {
        var text = TestReports.Read(TestReports.Seed(TestReports.Shapingba2021));
        var applications = TestReports.Table(text, "Applications");
        var total = applications.Metadata.DataColumns[applications.Metadata.DataColumns.Count - 1];
        var blankRow = applications.Metadata.DataRows.Single(r => r.Id == "Granted");

        var page = WordHtml(text, (blankRow, total));
        var reading = TestReports.ReadBytes(Gbk.GetBytes(page), "shapingba.htm");

        reading.Encoding.ShouldBe("GB18030");
        var read = TestReports.Table(reading, "Applications");
        read.Problems.Select(p => p.Message).ShouldBe(new[] { $"{applications.Metadata.DataColumns.Count - 1} values found, {applications.Metadata.DataColumns.Count} expected; blank: 总计" });

        // The blank stays in its column: the row's own parts pin it down, so it is filled in and marked as inferred.
        read.Inferred.Select(i => (i.Row.Id, i.Column.Id)).ShouldBe(new[] { ("Granted", total.Id) });
        Values(reading).ShouldBe(Values(text));
        reading.Header.Place.ShouldBe(text.Header.Place);
    }

    [Fact]
    public void A_pdf_of_images_only_says_it_is_scanned()
    {
        var reading = TestReports.ReadBytes(ImageOnlyPdf(), "scan.pdf");

        reading.InputProblem.ShouldBe("scanned: the PDF holds images only, no text to read (run OCR on it first)");
        reading.Tables.ShouldAllBe(t => t.State == TableState.Missing);
    }

    [Fact]
    public void An_encrypted_pdf_says_so()
    {
        var reading = TestReports.ReadBytes(EncryptedPdf(), "locked.pdf");

        reading.InputProblem.ShouldBe("the PDF is encrypted and cannot be read without its password");
    }

    [Theory]
    [InlineData("report.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "a legacy Word or WPS document (.doc): save it as .docx or PDF")]
    [InlineData("report.wps", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3 }, "a legacy Word or WPS document (.wps): save it as .docx or PDF")]
    [InlineData("report.pdf", new byte[] { 0x00, 0x13, 0x88, 0xFE, 0x07, 0x00, 0x42, 0x99 }, "named .pdf but not a PDF: the file holds binary data without a PDF header")]
    [InlineData("report.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "an image (PNG), not text: run OCR on it first")]
    [InlineData("report.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0x25 }, "the PDF is damaged and cannot be read")]
    [InlineData("report.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 }, "the file is a ZIP archive but not a Word document that can be read")]
    public void A_file_that_is_no_readable_document_says_what_it_is_in_one_line(string name, byte[] bytes, string problem)
    {
        var reading = TestReports.ReadBytes(bytes, name);

        reading.InputProblem.ShouldNotBeNull();
        reading.InputProblem.ShouldStartWith(problem);
        reading.InputProblem.ShouldNotContain("\n");
    }

    [Fact]
    public void A_pdf_of_a_thousand_pages_is_read_to_a_bound_and_says_so()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 0; i < 1000; i++)
        {
            builder.AddPage(595, 842).AddText($"page {i + 1} of a long annex", 12, new PdfPoint(72, 700), font);
        }

        var reading = TestReports.ReadBytes(builder.Build(), "annex.pdf");

        reading.DocumentNotes.ShouldBe(new[] { "the PDF has 1000 pages; only the first 100 were read" });
        reading.InputProblem.ShouldNotBeNull();
    }

    [Fact]
    public void Random_bytes_of_every_length_never_throw()
    {
        var random = new Random(18);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            if (i % 3 == 0 && bytes.Length > 8)
            {
                Encoding.ASCII.GetBytes("%PDF-1.4").CopyTo(bytes, 0); // a PDF header on garbage: the parser's own paths
            }

            Should.NotThrow(() => TestReports.ReadBytes(bytes, "random.pdf"));
        }
    }

    private static string Verdict(ReportReading reading) =>
        string.Join("; ", reading.Validate().Violations.Select(v => $"{v.RuleId} {v.Status} {v.Line.DisplayLabel}"));

    private static string Values(ReportReading reading) =>
        string.Join("\n", reading.Tables.Select(t => t.Metadata.Id + ": " + string.Join(" ", t.Metadata.DataRows.SelectMany(r => t.Metadata.DataColumns.Select(c => t.Table.GetValue(r.DataIndex, c.DataIndex)?.ToString() ?? "_")))));

    /// <summary>
    /// The report's tables as Word lays them out in the official form: headings as paragraphs, group labels as cells
    /// merged down (vMerge), row labels spanning the label columns (gridSpan), runs split mid-label as Word splits them.
    /// </summary>
    private static byte[] WordDocument(ReportReading reading)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Paragraph($"{reading.Header.Place}{reading.Header.Year}年政府信息公开工作年度报告"));
            foreach (var table in reading.Tables)
            {
                var metadata = table.Metadata;
                body.Append(Paragraph(metadata.SectionNumber + metadata.SectionLabel));
                if (metadata.Number.Length > 0)
                {
                    body.Append(Paragraph(metadata.Number + metadata.Label));
                }

                var labelColumns = metadata.Rows.Max(r => r.Depth) + 1;
                var grid = new Table();
                var header = new TableRow(Cell(metadata.Corner, span: labelColumns));
                header.Append(metadata.DataColumns.Select(c => Cell(c.Label)));
                grid.Append(header);
                foreach (var row in metadata.DataRows)
                {
                    var tableRow = new TableRow();
                    foreach (var group in row.Ancestors)
                    {
                        var first = group.DataDescendants[0] == row;
                        tableRow.Append(Cell(first ? group.FullLabel : "", merge: first ? MergedCellValues.Restart : MergedCellValues.Continue));
                    }

                    tableRow.Append(Cell(row.FullLabel, span: labelColumns - row.Depth));
                    tableRow.Append(metadata.DataColumns.Select(c => Cell(table.Table.GetValue(row.DataIndex, c.DataIndex)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")));
                    grid.Append(tableRow);
                }

                body.Append(grid);
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The report as Word saves it as a web page: a site's metadata table first (索引号, 公开日期), labels split over
    /// spans, &lt;o:p&gt; paragraph ends, group labels with rowspan, and a blank cell as Word writes it (&lt;o:p&gt;&amp;nbsp;&lt;/o:p&gt;).
    /// </summary>
    private static string WordHtml(ReportReading reading, (HeaderMetadata Row, HeaderMetadata Column) blank)
    {
        static string Spans(string text) => text.Length < 2 ? $"<span lang=EN-US>{text}</span>" : $"<span style='font-family:仿宋'>{text[..(text.Length / 2)]}</span><span lang=EN-US>{text[(text.Length / 2)..]}<o:p></o:p></span>";
        static string Cell(string text, int rowSpan = 1, int columnSpan = 1) =>
            $"<td{(rowSpan > 1 ? $" rowspan={rowSpan}" : "")}{(columnSpan > 1 ? $" colspan={columnSpan}" : "")} style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center>{(text.Length == 0 ? "<span lang=EN-US><o:p>&nbsp;</o:p></span>" : Spans(text))}</p></td>";
        var html = new StringBuilder("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"><meta name=Generator content=\"Microsoft Word 15\"></head><body lang=ZH-CN><div class=WordSection1>");
        html.Append("<table class=MsoNormalTable><tr><td><p>索引号：</p></td><td><p>11500106009313577X/2022-00012</p></td><td><p>公开日期：</p></td><td><p>2022-01-20</p></td></tr></table>");
        html.Append($"<p class=MsoNormal align=center><b>{Spans($"{reading.Header.Place}{reading.Header.Year}年政府信息公开工作年度报告")}</b></p>");
        foreach (var table in reading.Tables)
        {
            var metadata = table.Metadata;
            html.Append($"<p class=MsoNormal>{Spans(metadata.SectionNumber + metadata.SectionLabel)}</p>");
            if (metadata.Number.Length > 0)
            {
                html.Append($"<p class=MsoNormal>{Spans(metadata.Number + metadata.Label)}</p>");
            }

            var labelColumns = metadata.Rows.Max(r => r.Depth) + 1;
            html.Append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr>").Append(Cell(metadata.Corner, columnSpan: labelColumns));
            html.Append(string.Concat(metadata.DataColumns.Select(c => Cell(c.Label)))).Append("</tr>");
            foreach (var row in metadata.DataRows)
            {
                html.Append("<tr>");
                html.Append(string.Concat(row.Ancestors.Where(g => g.DataDescendants[0] == row).Select(g => Cell(g.FullLabel, rowSpan: g.Span))));
                html.Append(Cell(row.FullLabel, columnSpan: labelColumns - row.Depth));
                html.Append(string.Concat(metadata.DataColumns.Select(c => Cell(row == blank.Row && c == blank.Column ? "" : table.Table.GetValue(row.DataIndex, c.DataIndex)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))));
                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</div></body></html>").ToString();
    }

    private static Paragraph Paragraph(string text) => new(Runs(text));

    /// <summary>Word splits text into runs wherever formatting or editing changed; a label in three runs must read as one.</summary>
    private static IEnumerable<Run> Runs(string text)
    {
        var third = Math.Max(1, text.Length / 3);
        for (var i = 0; i < text.Length; i += third)
        {
            yield return new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text.Substring(i, Math.Min(third, text.Length - i))) { Space = SpaceProcessingModeValues.Preserve });
        }
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        return new TableCell(properties, new Paragraph(Runs(text)));
    }

    private static byte[] ImageOnlyPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.AddPng(new MemoryStream(Convert.FromBase64String(OnePixelPng)), new PdfRectangle(100, 100, 500, 700));
        return builder.Build();
    }

    /// <summary>A one-page PDF with a standard security handler whose user password is not empty.</summary>
    private static byte[] EncryptedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.AddText("x", 12, new PdfPoint(100, 700), builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica));
        var text = Encoding.Latin1.GetString(builder.Build());
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var dictionary = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypt = "/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -4 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Encoding.Latin1.GetBytes(text.Insert(dictionary + 2, encrypt));
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
}
