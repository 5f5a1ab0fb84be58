using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Analyzers;

/// <summary>Every diagnostic ID has a doc page its help link points to and a release-tracking entry.</summary>
public sealed class DiagnosticDocumentationTests
{
    public static TheoryData<string> Ids() => new(AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct());

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_diagnostic_has_a_page_and_a_release_entry(string id)
    {
        var descriptor = AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        var page = File.ReadAllText(RepositoryFiles.Path($"docs/diagnostics/{id}.md"));
        var releases = File.ReadAllLines(RepositoryFiles.Path("analyzers/TemplateGen.Analyzers/AnalyzerReleases.Unshipped.md"));

        page.ShouldStartWith($"# {id}: {descriptor.Title}");
        page.ShouldContain($"| Severity | {descriptor.DefaultSeverity} |");
        descriptor.HelpLinkUri.ShouldEndWith($"/docs/diagnostics/{id}.md");
        releases.ShouldContain($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}");
        File.ReadAllText(RepositoryFiles.Path("docs/diagnostics/README.md")).ShouldContain($"[{id}]({id}.md)");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_diagnostic_has_a_chinese_title_and_its_message_format_the_same_placeholders_in_both_languages(string id)
    {
        var descriptor = AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        var chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        var english = System.Globalization.CultureInfo.InvariantCulture;

        var title = descriptor.Title.ToString(chinese);

        title.ShouldNotBe(descriptor.Title.ToString(english));
        title.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        static string[] Placeholders(string text) => System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
        Placeholders(descriptor.MessageFormat.ToString(chinese)).ShouldBe(Placeholders(descriptor.MessageFormat.ToString(english)));
    }
}
