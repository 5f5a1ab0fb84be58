using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

public sealed class GeneratedSourceSnapshotTests
{
    [Theory]
    [InlineData(ShippedTemplates.Format2021, "2021")]
    [InlineData(ShippedTemplates.Format2019, "2019")]
    public void Generated_source_for_a_shipped_template_matches_the_approved_snapshot(string template, string discriminator)
    {
        var (result, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Shipped(template) });

        var snapshot = GeneratorHarness.Snapshot(result, hint => hint != "TemplateGen.Runtime.g.cs");

        snapshot.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(discriminator).WithFileExtension("cs.txt").NoDiff());
    }

    [Fact]
    public void Support_types_match_the_approved_snapshot()
    {
        var (result, _) = GeneratorHarness.Run(Array.Empty<Microsoft.CodeAnalysis.AdditionalText>());

        GeneratorHarness.Snapshot(result).ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("cs.txt").NoDiff());
    }
}
