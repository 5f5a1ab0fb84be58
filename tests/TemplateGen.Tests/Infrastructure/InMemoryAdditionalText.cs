using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TemplateGen.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory, as the compiler hands one to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
