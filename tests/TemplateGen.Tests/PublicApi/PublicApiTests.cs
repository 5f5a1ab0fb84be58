using System.Reflection;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.PublicApi;

/// <summary>
/// The public API of the shipped libraries is declared in each project's PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt
/// and checked at build by PublicApiAnalyzers (a member added, removed or changed without its line is RS0016 or RS0017,
/// an error), so every change is deliberate and shows in review. These tests check the declarations are in force.
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
    [InlineData("runtime/TemplateGen.Runtime", "TemplateGen.Runtime")]
    [InlineData("runtime/TemplateGen.Reading", "TemplateGen.Reading")]
    public void Every_exported_type_is_declared_in_the_public_api_files_the_analyzer_checks(string project, string assemblyName)
    {
        // The analyzer reads the files only where the project references it; a type exported but not declared means it
        // does not (a removed reference would let the API change unseen).
        File.ReadAllText(RepositoryFiles.Path($"{project}/{assemblyName}.csproj")).ShouldContain("Microsoft.CodeAnalysis.PublicApiAnalyzers");
        var declared = File.ReadAllLines(RepositoryFiles.Path($"{project}/PublicAPI.Shipped.txt"))
            .Concat(File.ReadAllLines(RepositoryFiles.Path($"{project}/PublicAPI.Unshipped.txt")))
            .Select(line => line.StartsWith("~", StringComparison.Ordinal) ? line[1..] : line)
            .ToHashSet(StringComparer.Ordinal);

        var undeclared = Assembly.Load(assemblyName).GetExportedTypes()
            .Select(t => t.FullName!.Replace('+', '.'))
            .Select(name => name.Contains('`', StringComparison.Ordinal) ? name[..name.IndexOf('`', StringComparison.Ordinal)] : name)
            .Where(name => !declared.Any(line => line.StartsWith(name + " ", StringComparison.Ordinal) || line.StartsWith(name + "<", StringComparison.Ordinal) || line == name || line.StartsWith(name + ".", StringComparison.Ordinal)))
            .ToList();

        undeclared.ShouldBeEmpty();
    }
}
