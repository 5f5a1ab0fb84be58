using System.Reflection;
using Shouldly;
using Xunit;

namespace TemplateGen.Tests.PublicApi;

/// <summary>
/// The public API of the shipped libraries against approved files, so every change to it is deliberate: a change
/// fails here until the approved file is updated in the same commit (Shouldly writes the .received file to compare).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_runtime_types_the_validator_protects_are_the_runtimes_types()
    {
        var names = typeof(IReportTable).Assembly.GetExportedTypes()
            .Select(t => t.Namespace == "TemplateGen" ? t.Name : t.Namespace!.Split('.')[1])
            .Distinct()
            .Order(StringComparer.Ordinal);

        names.ShouldBe(TemplateGen.Templates.Generation.RuntimeContract.TypeNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("TemplateGen.Runtime")]
    [InlineData("TemplateGen.Reading")]
    public void The_public_api_matches_the_approved_file(string assemblyName)
    {
        var api = PublicApiText.Of(Assembly.Load(assemblyName));

        api.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(assemblyName).WithFileExtension("txt").NoDiff());
    }
}
