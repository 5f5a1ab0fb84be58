using Shouldly;
using Xunit;

namespace TemplateGen.Behavior.Tests;

/// <summary>The generated metadata carries the official numbering, labels and hierarchy, so readers need no reflection.</summary>
public sealed class MetadataTests
{
    [Fact]
    public void Rows_of_the_2021_applications_table_carry_numbers_labels_and_groups()
    {
        var rows = GovDisclosure.Y2021.Applications.Metadata.Rows;

        rows.Count.ShouldBe(30);
        GovDisclosure.Y2021.Applications.Metadata.DataRows.Count.ShouldBe(25);
        var secret = rows.Single(r => r.Id == "StateSecret");
        secret.FullLabel.ShouldBe("1.属于国家秘密");
        rows[secret.ParentIndex].FullLabel.ShouldBe("（三）不予公开");
        rows[secret.ParentIndex].IsGroup.ShouldBeTrue();
        rows[rows[secret.ParentIndex].ParentIndex].FullLabel.ShouldBe("三、本年度办理结果");
    }

    [Fact]
    public void The_2019_applications_table_has_23_data_rows_and_both_have_7_data_columns()
    {
        GovDisclosure.Y2019.Applications.Metadata.DataRows.Count.ShouldBe(23);
        GovDisclosure.Y2019.Applications.Metadata.DataColumns.Select(c => c.Label)
            .ShouldBe(new[] { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" });
        GovDisclosure.Y2021.Applications.Metadata.DataColumns.Count.ShouldBe(7);
    }

    [Fact]
    public void The_report_metadata_names_the_notice_and_lists_the_tables_in_order()
    {
        GovDisclosure.Y2021.Report.Metadata.Notice.ShouldBe("国办公开办函〔2021〕30号");
        GovDisclosure.Y2021.Report.Metadata.Tables.Select(t => t.Id)
            .ShouldBe(new[] { "Regulations", "Licensing", "Enforcement", "Fees", "Applications", "ReviewsAndLitigation" });
        GovDisclosure.Y2019.Report.Metadata.Tables.Select(t => t.Number + t.SectionNumber)
            .ShouldBe(new[] { "第二十条第（一）项二、", "第二十条第（五）项二、", "第二十条第（六）项二、", "第二十条第（八）项二、", "第二十条第（九）项二、", "三、", "四、" });
    }

    [Fact]
    public void Value_kinds_follow_the_format_signed_changes_and_amounts_in_their_units()
    {
        var change = GovDisclosure.Y2019.Licensing.Metadata.DataColumns.Single(c => c.Id == "Change");
        change.Kind.ShouldBe(ValueKind.SignedCount);
        change.Label.ShouldBe("本年增/减");
        var fee = GovDisclosure.Y2021.Fees.Metadata.DataColumns.Single();
        fee.Kind.ShouldBe(ValueKind.Amount);
        fee.Unit.ShouldBe("万元");
    }
}
