using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Analyzers;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.EndToEnd;

/// <summary>
/// A console project with one template per mistake, built with `dotnet build`: each diagnostic appears
/// exactly once, as path(line,col): severity ID: message, at the line and column the analyzer reports in-process.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class BuildOutputTests
{
    [Fact]
    public void Dotnet_build_prints_each_template_diagnostic_once_at_its_line_and_column()
    {
        var project = Directory.CreateTempSubdirectory("templategen-e2e-");
        try
        {
            var expected = new List<(string File, string Id, string Severity, int Line, int Column)>();
            // One file per diagnostic id: the first mistake of each id.
            foreach (var mistake in ((IEnumerable<object[]>)TemplateDiagnosticTests.Mistakes()).Select(row => (TemplateDiagnosticTests.Mistake)row[0]).GroupBy(m => m.Id).Select(g => g.First()))
            {
                var text = (mistake.Template == "two" ? TestTemplates.TwoTablesWith(mistake.Find, mistake.Replace) : TestTemplates.GroupedWith(mistake.Find, mistake.Replace))
                    .Replace("\"namespace\": \"Test.Reports\"", $"\"namespace\": \"Test.{mistake.Id}\"", StringComparison.Ordinal)
                    .Replace("\"namespace\": \"Test.Grouped\"", $"\"namespace\": \"Test.{mistake.Id}\"", StringComparison.Ordinal);
                var path = Path.Combine(project.FullName, $"{mistake.Id}.template.json");
                File.WriteAllText(path, text);
                var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText(path, text)).ShouldHaveSingleItem();
                var position = diagnostic.Location.GetLineSpan().StartLinePosition;
                if (diagnostic.Severity == DiagnosticSeverity.Info)
                {
                    continue; // the build prints information only at higher verbosity
                }

                expected.Add(($"{mistake.Id}.template.json", diagnostic.Id, diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", position.Line + 1, position.Character + 1));
            }

            WriteConsumer(project.FullName, withGenerator: true);

            var (exitCode, output) = DotNetCli.Run(project.FullName, "build", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            exitCode.ShouldNotBe(0, output);
            // MSBuild repeats every error and warning in its closing summary, after "Build FAILED."; count the compiler's own lines.
            var summary = output.LastIndexOf("Build FAILED.", StringComparison.Ordinal);
            var compilerLines = summary < 0 ? output : output.Substring(0, summary);
            var reported = Regex.Matches(compilerLines, @"(?m)^\S*?(?<file>TG\d{4}\.template\.json)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>TG\d{4}):")
                .Select(m => (m.Groups["file"].Value, m.Groups["id"].Value, m.Groups["severity"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value)))
                .ToList();
            reported.ShouldBe(expected, ignoreOrder: true, output);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_globalconfig_sets_the_severity_of_template_diagnostics_and_an_editorconfig_does_not()
    {
        // What docs/diagnostics/TG0xxx.md promise: template diagnostics are reported on AdditionalFiles, which
        // .editorconfig sections (even [*]) do not reach; a .globalconfig does.
        var project = Directory.CreateTempSubdirectory("templategen-severity-");
        try
        {
            var text = TestTemplates.GroupedWith("{ \"id\": \"Refused\", \"number\": \"（二）\", \"label\": \"不予公开\" }", "{ \"id\": \"Refused\", \"nubmer\": \"x\", \"number\": \"（四）\", \"label\": \"不予公开\" }");
            File.WriteAllText(Path.Combine(project.FullName, "t.template.json"), text);
            File.WriteAllText(Path.Combine(project.FullName, ".editorconfig"), "root = true\n\n[*]\ndotnet_diagnostic.TG0101.severity = error\n\n[*.template.json]\ndotnet_diagnostic.TG0101.severity = error\n");
            File.WriteAllText(Path.Combine(project.FullName, ".globalconfig"), "is_global = true\ndotnet_diagnostic.TG0402.severity = error\n");
            WriteConsumer(project.FullName, withGenerator: false);

            var (exitCode, output) = DotNetCli.Run(project.FullName, "build", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            exitCode.ShouldNotBe(0, output);
            output.ShouldContain("warning TG0101:", Case.Sensitive, output);
            output.ShouldNotContain("error TG0101:", Case.Sensitive, output);
            output.ShouldContain("error TG0402:", Case.Sensitive, output);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_slip_in_table_three_fails_the_build_with_its_TG_error_only_and_code_using_the_other_tables_compiles()
    {
        var project = Directory.CreateTempSubdirectory("templategen-slip-");
        try
        {
            // A missing comma after the corner text of table 三, as a person editing the copied template makes it.
            var text = ShippedTemplates.Text(ShippedTemplates.Format2021);
            var slipped = text.Replace("等于第三项加第四项之和）\",", "等于第三项加第四项之和）\"", StringComparison.Ordinal);
            slipped.ShouldNotBe(text);
            File.WriteAllText(Path.Combine(project.FullName, "format.template.json"), slipped);
            ConsumerProject.Write(
                project.FullName,
                "Consumer",
                $"""
                    <ProjectReference Include="{RepositoryFiles.Path("runtime/TemplateGen.Runtime/TemplateGen.Runtime.csproj")}" />
                    <ProjectReference Include="{RepositoryFiles.Path("generator/TemplateGen.Generator/TemplateGen.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{RepositoryFiles.Path("analyzers/TemplateGen.Analyzers/TemplateGen.Analyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <AdditionalFiles Include="*.template.json" />
                """,
                """
                var report = new GovDisclosure.Y2021.Report();
                report.Regulations.Rules.Issued = 3;
                report.ReviewsAndLitigation.Cases.ReviewUpheld = 1;
                System.Console.WriteLine(report.Validate().IsValid);
                """);

            var (exitCode, output) = DotNetCli.Run(project.FullName, "build", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            exitCode.ShouldNotBe(0, output);
            var summary = output.LastIndexOf("Build FAILED.", StringComparison.Ordinal);
            var compilerLines = summary < 0 ? output : output.Substring(0, summary);
            Regex.Matches(compilerLines, @"(?m)^.*: error (?<id>[A-Z]+\d+):").Select(m => m.Groups["id"].Value).ShouldBe(new[] { "TG0001" }, output);
            compilerLines.ShouldContain("format.template.json(129,11): error TG0001: Missing ',' between two properties. Add a ',' after the value on line 128.", Case.Sensitive, output);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    /// <summary>A console project referencing the runtime and the analyzers (and the generator, if asked) from this repository, with every template beside it.</summary>
    private static void WriteConsumer(string directory, bool withGenerator) =>
        ConsumerProject.Write(
            directory,
            "Consumer",
            $"""
                <ProjectReference Include="{RepositoryFiles.Path("runtime/TemplateGen.Runtime/TemplateGen.Runtime.csproj")}" />
                {(withGenerator ? $"<ProjectReference Include=\"{RepositoryFiles.Path("generator/TemplateGen.Generator/TemplateGen.Generator.csproj")}\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />" : "")}
                <ProjectReference Include="{RepositoryFiles.Path("analyzers/TemplateGen.Analyzers/TemplateGen.Analyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="*.template.json" />
            """,
            "System.Console.WriteLine();\n");
}
