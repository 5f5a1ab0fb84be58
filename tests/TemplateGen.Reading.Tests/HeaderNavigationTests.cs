using Shouldly;
using Xunit;

namespace TemplateGen.Reading.Tests;

/// <summary>The hierarchy the runtime links into every generated table's headers, as readers and renderers use it.</summary>
public sealed class HeaderNavigationTests
{
    private static readonly TableMetadata Applications = GovDisclosure.Y2021.Applications.Metadata;

    private static HeaderMetadata Row(string id) => Applications.Rows.Single(r => r.Id == id);

    private static HeaderMetadata Column(string id) => Applications.Columns.Single(c => c.Id == id);

    [Fact]
    public void A_group_knows_its_children_and_data_descendants()
    {
        Row("Results").Children.Select(r => r.Id).ShouldBe(new[] { "Granted", "PartiallyGranted", "Withheld", "Unavailable", "NotProcessed", "OtherHandling", "ResultsTotal" });
        Row("Withheld").DataDescendants.Count.ShouldBe(8);
        Row("Results").DataDescendants.First().Id.ShouldBe("Granted");
        Column("LegalPersons").Span.ShouldBe(5);
    }

    [Fact]
    public void A_data_header_has_no_children_and_spans_one_line()
    {
        Row("StateSecret").Children.ShouldBeEmpty();
        Row("StateSecret").DataDescendants.ShouldBeEmpty();
        Row("StateSecret").Span.ShouldBe(1);
    }

    [Fact]
    public void A_header_knows_its_parent_and_ancestors_outermost_first()
    {
        Row("StateSecret").Parent.ShouldBeSameAs(Row("Withheld"));
        Row("StateSecret").Ancestors.Select(a => a.Id).ShouldBe(new[] { "Results", "Withheld" });
        Row("NewApplications").Parent.ShouldBeNull();
        Row("NewApplications").Ancestors.ShouldBeEmpty();
        Row("StateSecret").Index.ShouldBe(6);
    }

    [Fact]
    public void The_display_label_is_number_and_label_else_the_id()
    {
        Row("Granted").DisplayLabel.ShouldBe("（一）予以公开");
        var reviews = GovDisclosure.Y2021.ReviewsAndLitigation.Metadata.DataRows.Single();
        reviews.DisplayLabel.ShouldBe(reviews.FullLabel.Length == 0 ? reviews.Id : reviews.FullLabel);
    }

    [Fact]
    public void Headers_shared_between_two_tables_are_refused()
    {
        var header = new HeaderMetadata("A", "", "a", -1, 0, 0, ValueKind.Count, null, null);
        _ = new TableMetadata("T", "", "", "", "", "", new[] { header }, new[] { new HeaderMetadata("R", "", "r", -1, 0, 0, ValueKind.Count, null, null) }, Array.Empty<RuleMetadata>(), null);

        Should.Throw<ArgumentException>(() => new TableMetadata("U", "", "", "", "", "", new[] { header }, new[] { new HeaderMetadata("S", "", "s", -1, 0, 0, ValueKind.Count, null, null) }, Array.Empty<RuleMetadata>(), null))
            .Message.ShouldStartWith("columns[0] ('A') already belongs to a table");
    }
}
