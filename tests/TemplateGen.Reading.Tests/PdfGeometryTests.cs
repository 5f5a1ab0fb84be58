using System.Text;
using Shouldly;
using TemplateGen.Reading.Documents;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// What a PDF's text layer holds besides the text a reader sees as content: letters printed twice to fake bold, and
/// letters set at an angle (watermarks). Built as raw PDF content, so each case is exactly the drawing operators.
/// </summary>
public sealed class PdfGeometryTests
{
    [Fact]
    public void A_letter_printed_twice_to_fake_bold_is_read_once()
    {
        var pdf = Pdf("BT /F1 12 Tf 72 700 Td (Total 12) Tj ET BT /F1 12 Tf 72.4 700 Td (Total 12) Tj ET");

        Texts(pdf).ShouldBe(new[] { "Total 12" });
    }

    [Fact]
    public void Letters_set_at_an_angle_are_a_watermark_not_content()
    {
        var pdf = Pdf("BT /F1 12 Tf 72 700 Td (Total 12) Tj ET BT /F1 40 Tf 0.7071 0.7071 -0.7071 0.7071 150 500 Tm (DRAFT) Tj ET");

        Texts(pdf).ShouldBe(new[] { "Total 12" });
    }

    [Theory]
    [InlineData("0 1 -1 0 100 100", "0 1 -1 0 120 100")]   // set running up the page (a landscape page turned left)
    [InlineData("0 -1 1 0 500 700", "0 -1 1 0 480 700")]   // running down the page (turned right)
    [InlineData("-1 0 0 -1 500 700", "-1 0 0 -1 500 720")] // upside down
    public void A_page_set_sideways_or_upside_down_reads_upright_in_order(string first, string second)
    {
        var pdf = Pdf($"BT /F1 12 Tf {first} Tm (Line one) Tj ET BT /F1 12 Tf {second} Tm (Line two 42) Tj ET");

        Texts(pdf).ShouldBe(new[] { "Line one", "Line two 42" });
    }

    [Fact]
    public void A_ruled_table_set_sideways_is_rebuilt_with_its_rows_and_columns()
    {
        // A two-by-two table drawn turned a quarter left: rows run up the page; "Label" over "Total", "Value" over "12".
        var lines = "0.5 w 100 100 m 100 300 l S 130 100 m 130 300 l S 160 100 m 160 300 l S 100 100 m 160 100 l S 100 200 m 160 200 l S 100 300 m 160 300 l S";
        var text = "BT /F1 12 Tf 0 1 -1 0 120 110 Tm (Label) Tj ET BT /F1 12 Tf 0 1 -1 0 120 210 Tm (Value) Tj ET "
            + "BT /F1 12 Tf 0 1 -1 0 150 110 Tm (Total) Tj ET BT /F1 12 Tf 0 1 -1 0 150 210 Tm (12) Tj ET";

        var lines2 = DocumentLoader.Load(Pdf(lines + " " + text), "test.pdf").Lines;

        lines2.Select(l => (string.Join(" | ", l.Cells), l.IsTableRow)).ShouldBe(new[] { ("Label | Value", true), ("Total | 12", true) });
    }

    [Fact]
    public void A_number_wrapped_in_a_narrow_cell_reads_as_one_number_and_words_keep_their_space()
    {
        // One ruled cell 30 pt wide holding 4119 broken over two lines, beside one holding "Total value" broken likewise.
        var grid = "0.5 w 100 600 m 100 700 l S 130 600 m 130 700 l S 200 600 m 200 700 l S 100 600 m 200 600 l S 100 700 m 200 700 l S";
        var text = "BT /F1 10 Tf 105 670 Td (41) Tj ET BT /F1 10 Tf 105 658 Td (19) Tj ET BT /F1 10 Tf 135 670 Td (Total) Tj ET BT /F1 10 Tf 135 658 Td (value) Tj ET";

        var lines = DocumentLoader.Load(Pdf(grid + " " + text), "test.pdf").Lines;

        lines.Select(l => string.Join(" | ", l.Cells)).ShouldBe(new[] { "4119 | Total value" });
    }

    private static string[] Texts(byte[] pdf) =>
        DocumentLoader.Load(pdf, "test.pdf").Lines.Select(l => string.Join(" | ", l.Cells)).ToArray();

    /// <summary>A one-page PDF with Helvetica as /F1 and the given content stream, its cross-reference table computed.</summary>
    private static byte[] Pdf(string content)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
