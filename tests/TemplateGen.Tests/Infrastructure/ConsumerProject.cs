namespace TemplateGen.Tests.Infrastructure;

/// <summary>A fresh console project, as a user creates one, for end-to-end builds.</summary>
internal static class ConsumerProject
{
    /// <summary>Writes <paramref name="name"/>.csproj (net10.0 console, nullable on) with <paramref name="items"/> inside an ItemGroup.</summary>
    public static void Write(string directory, string name, string items, string program)
    {
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
    }
}
