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
    [Theory]
    [InlineData("TemplateGen.Runtime")]
    [InlineData("TemplateGen.Reading")]
    public void The_public_api_matches_the_approved_file(string assemblyName)
    {
        var api = PublicApiText.Of(Assembly.Load(assemblyName));

        api.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(assemblyName).WithFileExtension("txt").NoDiff());
    }
}
