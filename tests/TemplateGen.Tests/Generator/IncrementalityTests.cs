using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using TemplateGen.Generator;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

public sealed class IncrementalityTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.TemplateFiles, TrackingNames.TemplateText, TrackingNames.TemplateModel,
        TrackingNames.HintKey, TrackingNames.HintPrefixes, TrackingNames.LanguageSupported, TrackingNames.EmitInput,
        TrackingNames.DistinctTemplateText, TrackingNames.CompilationClashes,
    };

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.Shipped(ShippedTemplates.Format2021), GeneratorHarness.Shipped(ShippedTemplates.Format2019))
            .RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { int x; }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options, path: compilation.SyntaxTrees[0].FilePath));
        var steps = driver.RunGenerators(edited).GetRunResult().Results.Single().TrackedSteps;

        foreach (var name in AllSteps)
        {
            steps.ShouldContainKey(name);
            steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason)
                .ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, $"step {name}");
        }

        driver.RunGenerators(edited).GetRunResult().Results.Single().TrackedOutputSteps
            .SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason)
            .ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_of_two_templates_regenerates_only_that_templates_output()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var y2021 = GeneratorHarness.Shipped(ShippedTemplates.Format2021);
        var y2019 = GeneratorHarness.Shipped(ShippedTemplates.Format2019);
        var driver = GeneratorHarness.Driver(y2021, y2019).RunGenerators(compilation);
        var before = driver.GetRunResult();

        var edited = new InMemoryAdditionalText(y2019.Path, y2019.GetText()!.ToString().Replace("上一年项目数量", "上年项目数量", StringComparison.Ordinal));
        var after = driver.ReplaceAdditionalText(y2019, edited).RunGenerators(compilation).GetRunResult();

        var emit = after.Results.Single().TrackedSteps[TrackingNames.EmitInput];
        var reasons = emit.Select(s => (Namespace: ((EmitInput)s.Outputs.Single().Value).Template.Namespace, s.Outputs.Single().Reason)).ToArray();
        reasons.ShouldContain(("GovDisclosure.Y2019", IncrementalStepRunReason.Modified));
        reasons.Where(r => r.Namespace == "GovDisclosure.Y2021").Select(r => r.Reason)
            .ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        after.Results.Single().TrackedSteps[TrackingNames.HintPrefixes].Single().Outputs.Single().Reason
            .ShouldBeOneOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Source(after, "GovDisclosure.Y2021.Applications.g.cs").ShouldBe(Source(before, "GovDisclosure.Y2021.Applications.g.cs"));
        Source(after, "GovDisclosure.Y2019.Licensing.g.cs").ShouldContain("上年项目数量");
    }

    [Fact]
    public void Moving_a_template_by_whitespace_alone_does_not_regenerate_it()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var y2021 = GeneratorHarness.Shipped(ShippedTemplates.Format2021);
        var driver = GeneratorHarness.Driver(y2021).RunGenerators(compilation);

        var reformatted = new InMemoryAdditionalText(y2021.Path, "\n\n" + y2021.GetText()!.ToString().Replace("  ", "    ", StringComparison.Ordinal));
        var steps = driver.ReplaceAdditionalText(y2021, reformatted).RunGenerators(compilation).GetRunResult().Results.Single().TrackedSteps;

        steps[TrackingNames.TemplateText].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        steps[TrackingNames.TemplateModel].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Unchanged);
    }

    private static string Source(GeneratorDriverRunResult result, string hintName) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
