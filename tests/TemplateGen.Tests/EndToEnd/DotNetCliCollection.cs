using Xunit;

namespace TemplateGen.Tests.EndToEnd;

/// <summary>
/// Tests that run the dotnet CLI on this repository's projects. They run alone: two builds of the same
/// projects at once would race on their obj/ folders.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotNetCliCollection
{
    public const string Name = "dotnet CLI";
}
