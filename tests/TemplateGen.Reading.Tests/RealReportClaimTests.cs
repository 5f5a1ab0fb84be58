using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>
/// Every claim every real report of RealReports states, pinned: what its narrative says against its tables. Read as
/// the checker reads them; a change in the patterns or the reader that moves any of these is a change to look at.
/// </summary>
public sealed class RealReportClaimTests
{
    public static TheoryData<string, string> Reports => new()
    {
        { "pingtan-gaj-2019.txt", "" },
        { "pingtan-htp-2023.txt", "" },
        { "pingtan-jsp-2024.txt", "C1 Holds 5" },
        { "pingtan-jtj-2023.txt", "C1 Holds 14" },
        { "pingtan-lyy-2020.txt", "" },
        { "pingtan-nyn-2021.txt", "C1 Holds 3" },
        { "series/published/pingtan-admin-2019.txt", "" },
        { "series/published/pingtan-admin-2020.txt", "C1 Holds 21" },
        { "series/published/pingtan-admin-2021.txt", "C1 Holds 70; C3 Holds 69; C4 Holds 1" },
        // The text counts the application carried over from 2021 among those received (75; table 三: 74 new, 1 carried
        // over); 本年制发 runs together with the other cells of 二（一） and is left blank, so 88 is taken from the text.
        { "series/published/pingtan-admin-2022.txt", "C1 Fails 75; C5 Holds 2; C8 Holds 1; C9 NotComparable 88" },
        { "series/published/pingtan-admin-2023.txt", "C1 Holds 81; C3 Holds 81; C5 Holds 2; C8 Holds 7; C9 NotComparable 77" },
        { "series/published/pingtan-admin-2024.txt", "C3 Holds 218; C9 NotComparable 62" },
        { "series/published/pingtan-admin-2025.txt", "C1 Holds 154; C3 Holds 148; C4 Holds 6; C5 Holds 36; C8 Holds 9" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_claims_a_real_report_states(string path, string expected)
    {
        Stated(TestReports.Real(path)).ShouldBe(expected);
    }

    [Fact]
    public void The_claims_the_real_pdf_states()
    {
        Stated(TestReports.ReadBytes(TestReports.RealBytes("pdf/huaian-hongze-2023.pdf"), "huaian-hongze-2023.pdf")).ShouldBe("C1 Holds 21");
    }

    private static string Stated(ReportReading reading) => string.Join("; ", reading.CheckClaims()
        .Where(c => c.Status != ClaimStatus.NotStated)
        .Select(c => $"{c.Claim.Id} {c.Status} {(c.Stated is { } stated ? stated.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Join("/", c.Mentions.Select(m => m.Value)))}"));
}
