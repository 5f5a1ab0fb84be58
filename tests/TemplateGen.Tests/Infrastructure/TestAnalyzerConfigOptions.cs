using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TemplateGen.Tests.Infrastructure;

/// <summary>Per-file analyzer-config options, as MSBuild passes AdditionalFiles metadata made compiler-visible.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider(ImmutableDictionary<string, ImmutableDictionary<string, string>> byPath, ImmutableDictionary<string, string>? global = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global ?? ImmutableDictionary<string, string>.Empty);

    /// <summary>Global options only, as MSBuild passes a CompilerVisibleProperty (build_property.X).</summary>
    public static TestAnalyzerConfigOptionsProvider Global(string key, string value) => new(
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty,
        ImmutableDictionary<string, string>.Empty.Add(key, value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var options) ? new Options(options) : GlobalOptions;

    public static TestAnalyzerConfigOptionsProvider NamespaceOverride(string path, string ns) => new(
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.Add(
            path,
            ImmutableDictionary<string, string>.Empty.Add(TemplateGen.Templates.TemplateLoader.NamespaceOverrideKey, ns)));

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
