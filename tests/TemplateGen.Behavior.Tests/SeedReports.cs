using TemplateGen;

namespace TemplateGen.Behavior.Tests;

/// <summary>
/// Numbers of two real published reports, copied from their tables: 重庆市沙坪坝区 2021 (2021 format) and
/// 昆明市晋宁区 2020 (2019 format). Rows of 三 list 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
/// </summary>
internal static class SeedReports
{
    public static GovDisclosure.Y2021.Report Shapingba2021()
    {
        var report = new GovDisclosure.Y2021.Report();
        Fill(report.Regulations, ("Rules", new decimal[] { 0, 0, 0 }), ("NormativeDocuments", new decimal[] { 17, 17, 53 }));
        report.Licensing.AdministrativeLicensing.Decisions = 120820;
        report.Enforcement.Penalties.Decisions = 485207;
        report.Enforcement.Coercion.Decisions = 5893;
        report.Fees.AdministrativeFees.Amount = 11568.31m;
        Fill(
            report.Applications,
            ("NewApplications", new decimal[] { 236, 6, 0, 0, 0, 0, 242 }),
            ("CarriedOver", new decimal[] { 1, 0, 0, 0, 0, 0, 1 }),
            ("Granted", new decimal[] { 129, 0, 0, 0, 0, 0, 129 }),
            ("PartiallyGranted", new decimal[] { 6, 0, 0, 0, 0, 0, 6 }),
            ("StateSecret", new decimal[] { 3, 0, 0, 0, 0, 0, 3 }),
            ("ProhibitedByLaw", Zeros),
            ("EndangersSecurity", Zeros),
            ("ThirdPartyRights", Zeros),
            ("InternalAffairs", new decimal[] { 8, 0, 0, 0, 0, 0, 8 }),
            ("ProcessInformation", Zeros),
            ("EnforcementFiles", Zeros),
            ("QueryMatters", new decimal[] { 1, 0, 0, 0, 0, 0, 1 }),
            ("NotHeld", new decimal[] { 82, 6, 0, 0, 0, 0, 88 }),
            ("NeedsCreation", new decimal[] { 2, 0, 0, 0, 0, 0, 2 }),
            ("StillUnclear", new decimal[] { 3, 0, 0, 0, 0, 0, 3 }),
            ("Petitions", Zeros),
            ("Repeated", Zeros),
            ("Publications", Zeros),
            ("Excessive", Zeros),
            ("Confirmation", Zeros),
            ("NoCorrection", Zeros),
            ("FeeNotPaid", Zeros),
            ("OtherReason", Zeros),
            ("ResultsTotal", new decimal[] { 234, 6, 0, 0, 0, 0, 240 }),
            ("CarriedForward", new decimal[] { 3, 0, 0, 0, 0, 0, 3 }));
        Fill(report.ReviewsAndLitigation, ("Cases", new decimal[] { 6, 7, 1, 1, 15, 4, 5, 1, 3, 13, 6, 1, 1, 2, 10 }));
        return report;
    }

    public static GovDisclosure.Y2019.Report Jinning2020()
    {
        var report = new GovDisclosure.Y2019.Report();
        Fill(report.Regulations, ("Rules", new decimal[] { 0, 0, 0 }), ("NormativeDocuments", new decimal[] { 0, 0, 25 }));
        Fill(report.Licensing, ("AdministrativeLicensing", new decimal[] { 234, -15, 29655 }), ("OtherServices", new decimal[] { 0, 0, 0 }));
        Fill(report.Enforcement, ("Penalties", new decimal[] { 4893, 49, 1821 }), ("Coercion", new decimal[] { 246, -2, 1907 }));
        Fill(report.Fees, ("AdministrativeFees", new decimal[] { 1, 0 }));
        Fill(report.Procurement, ("CentralizedProcurement", new decimal[] { 11, 610.6988m }));
        var applications = report.Applications;
        foreach (var row in applications.Metadata().DataRows)
        {
            Fill(applications, (row.Id, Zeros));
        }

        Fill(
            applications,
            ("NewApplications", new decimal[] { 7, 0, 0, 0, 0, 1, 8 }),
            ("CarriedOver", new decimal[] { 1, 0, 0, 0, 0, 0, 1 }),
            ("Granted", new decimal[] { 8, 0, 0, 0, 0, 1, 9 }),
            ("ResultsTotal", new decimal[] { 8, 0, 0, 0, 0, 1, 9 }));
        Fill(report.ReviewsAndLitigation, ("Cases", new decimal[15]));
        return report;
    }

    private static readonly decimal[] Zeros = new decimal[7];

    /// <summary>Fills whole rows by row id, through the metadata any reader would use.</summary>
    public static void Fill(IReportTable table, params (string RowId, decimal[] Values)[] rows)
    {
        foreach (var (rowId, values) in rows)
        {
            var row = table.Metadata.DataRows.Single(r => r.Id == rowId).DataIndex;
            for (var column = 0; column < values.Length; column++)
            {
                table.SetValue(row, column, values[column]);
            }
        }
    }

    private static TableMetadata Metadata(this IReportTable table) => table.Metadata;
}
