using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.EndToEnd;

/// <summary>The README's Quick start is complete: it compiles against the generated 2021 report and prints what the README shows.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void The_quick_start_compiles_and_prints_what_the_readme_shows()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var blocks = Regex.Matches(section, "```(?<lang>\\w*)\\n(?<body>.*?)```", RegexOptions.Singleline);
        var code = blocks[0].Groups["body"].Value;
        var shown = blocks[1].Groups["body"].Value;

        // The README also says which cell error localization names; the probe prints it after the snippet's own lines.
        var probe = "System.Console.WriteLine(TemplateGen.Localization.ErrorLocalizer.Locate(report).Summary);";
        var source = "public static class QuickStart { public static void Run() {\n" + code.Replace("Console.", "System.Console.", StringComparison.Ordinal) + "\n" + probe + "\n} }";
        var (_, compilation) = GeneratorHarness.Run(new AdditionalText[] { GeneratorHarness.Shipped(ShippedTemplates.Format2021) }, source);
        var printed = Run(compilation);

        printed.ShouldBe(shown + "most likely: （七）总计 / 自然人 reported 234, 236 makes S1, I1 and I2 hold (one digit wrong)\n");
        section.ShouldContain("names （七）总计 / 自然人 as the one cell to mend, 236");
    }

    private static string Run(Compilation compilation)
    {
        var original = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            CompiledProbe.Call(compilation, "QuickStart");
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }
}
