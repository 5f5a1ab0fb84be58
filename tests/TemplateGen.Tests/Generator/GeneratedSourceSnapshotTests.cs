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

        var snapshot = GeneratorHarness.Snapshot(result);

        snapshot.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(discriminator).WithFileExtension("cs.txt").NoDiff());
    }
}
