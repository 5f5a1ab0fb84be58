using System.Globalization;
using System.Text;

namespace TemplateGen.Testing;

/// <summary>
/// Templates of any size in the shipped format's shape, for scale tests and benchmarks: data rows in groups of nine
/// with a 小计 each, a 合计 over the 小计, four count columns and a column 合计. Rules: each 小计 is the sum of its
/// group (one rule per group), the 合计 is the sum of the 小计, and each row's 合计 column is the sum of the four.
/// </summary>
internal static class SyntheticTemplate
{
    /// <summary>Rows per group, before its 小计.</summary>
    public const int GroupSize = 9;

    /// <summary>The namespace the template generates into.</summary>
    public const string Namespace = "Synthetic.Reports";

    /// <summary>The one table's id.</summary>
    public const string TableId = "Ledger";

    /// <summary>The template with <paramref name="dataRows"/> rows in groups (rounded up to whole groups).</summary>
    public static string Json(int dataRows)
    {
        var groups = GroupCount(dataRows);
        var text = new StringBuilder(dataRows * 200);
        text.Append("{ \"id\": \"synthetic\", \"title\": \"合成报表\", \"notice\": \"测试\", \"namespace\": \"").Append(Namespace).Append("\",\n");
        text.Append("  \"sections\": [ { \"number\": \"一、\", \"label\": \"合成\", \"tables\": [ { \"id\": \"").Append(TableId).Append("\",\n");
        text.Append("    \"columns\": [ { \"id\": \"A\", \"label\": \"甲\" }, { \"id\": \"B\", \"label\": \"乙\" }, { \"id\": \"C\", \"label\": \"丙\" }, { \"id\": \"D\", \"label\": \"丁\" }, { \"id\": \"Total\", \"label\": \"合计\" } ],\n");
        text.Append("    \"rows\": [\n");
        for (var g = 0; g < groups; g++)
        {
            for (var r = 0; r < GroupSize; r++)
            {
                text.Append("      { \"id\": \"").Append(RowId(g, r)).Append("\", \"label\": \"第").Append(Number(g)).Append("组第").Append(Number(r)).Append("项\" },\n");
            }

            text.Append("      { \"id\": \"").Append(SubtotalId(g)).Append("\", \"label\": \"第").Append(Number(g)).Append("组小计\" },\n");
        }

        text.Append("      { \"id\": \"GrandTotal\", \"label\": \"合计\" }\n    ],\n    \"rules\": [\n");
        for (var g = 0; g < groups; g++)
        {
            text.Append("      { \"id\": \"G").Append(Number(g)).Append("\", \"between\": \"rows\", \"message\": \"小计等于本组各项之和\", \"total\": \"").Append(SubtotalId(g)).Append("\", \"parts\": [ ");
            for (var r = 0; r < GroupSize; r++)
            {
                text.Append(r == 0 ? "\"" : ", \"").Append(RowId(g, r)).Append('"');
            }

            text.Append(" ] },\n");
        }

        text.Append("      { \"id\": \"Sum\", \"between\": \"rows\", \"message\": \"合计等于各小计之和\", \"total\": \"GrandTotal\", \"parts\": [ ");
        for (var g = 0; g < groups; g++)
        {
            text.Append(g == 0 ? "\"" : ", \"").Append(SubtotalId(g)).Append('"');
        }

        text.Append(" ] },\n");
        text.Append("      { \"id\": \"Across\", \"between\": \"columns\", \"message\": \"合计等于四列之和\", \"total\": \"Total\", \"parts\": [ \"A\", \"B\", \"C\", \"D\" ] }\n");
        text.Append("    ] } ] } ] }\n");
        return text.ToString();
    }

    /// <summary>Groups needed for <paramref name="dataRows"/> rows.</summary>
    public static int GroupCount(int dataRows) => Math.Max(1, (dataRows + GroupSize - 1) / GroupSize);

    /// <summary>Data rows of the template, 小计 and 合计 included.</summary>
    public static int RowCount(int dataRows) => (GroupCount(dataRows) * (GroupSize + 1)) + 1;

    /// <summary>The id of row <paramref name="row"/> of group <paramref name="group"/>.</summary>
    public static string RowId(int group, int row) => "R" + Number(group) + "_" + Number(row);

    /// <summary>The id of group <paramref name="group"/>'s 小计.</summary>
    public static string SubtotalId(int group) => "Subtotal" + Number(group);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
