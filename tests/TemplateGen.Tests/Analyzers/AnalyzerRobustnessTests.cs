using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Analyzers;

/// <summary>No analyzer or generator exception over damaged templates: every run either reports or stays quiet.</summary>
public sealed class AnalyzerRobustnessTests
{
    private const string Noise = "{}[],:\"\\ 0-aé\n\t";

    public static TheoryData<string> Shipped() => new() { ShippedTemplates.Format2021, ShippedTemplates.Format2019 };

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Truncated_copies_never_throw_and_every_location_is_inside_the_text(string fileName)
    {
        var text = ShippedTemplates.Text(fileName);

        for (var length = 0; length < text.Length; length += 61)
        {
            AssertQuietFailure(text.Substring(0, length));
        }
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Randomly_corrupted_copies_never_throw_and_every_location_is_inside_the_text(string fileName)
    {
        var text = ShippedTemplates.Text(fileName);
        var random = new Random(fileName.Length); // fixed seed: a failure reproduces

        for (var i = 0; i < 150; i++)
        {
            var chars = text.ToCharArray().ToList();
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars[at] = Noise[random.Next(Noise.Length)]; break;
                    case 1: chars.RemoveAt(at); break;
                    default: chars.InsertRange(at, chars.Skip(random.Next(chars.Count)).Take(random.Next(1, 40)).ToList()); break;
                }
            }

            AssertQuietFailure(new string(chars.ToArray()));
        }
    }

    private static void AssertQuietFailure(string text)
    {
        var file = new InMemoryAdditionalText("/p/t.template.json", text);

        var diagnostics = AnalyzerHarness.Templates(file); // throws on AD0001
        var (result, _) = GeneratorHarness.Run(new AdditionalText[] { file });

        result.Results.Single().Exception.ShouldBeNull();
        foreach (var diagnostic in diagnostics)
        {
            diagnostic.Location.SourceSpan.End.ShouldBeLessThanOrEqualTo(text.Length, diagnostic.ToString());
        }
    }
}
