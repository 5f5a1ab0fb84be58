namespace TemplateGen.Tests.Infrastructure;

/// <summary>A fresh console project, as a user creates one, for end-to-end builds.</summary>
internal static class ConsumerProject
{
    /// <summary>Writes <paramref name="name"/>.csproj (net10.0 console, nullable on) with <paramref name="items"/> inside an ItemGroup.</summary>
    public static void Write(string directory, string name, string items, string program) =>
        Write(directory, name, items, program, """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
            """);

    /// <summary>Writes a netstandard2.0 class library on C# 8 (the oldest the generated code needs), as a library author creates one.</summary>
    public static void WriteLibrary(string directory, string name, string items, string code) =>
        Write(directory, name, items, code, """
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>8</LangVersion>
            """, "Library.cs");

    private static void Write(string directory, string name, string items, string code, string properties, string codeFile = "Program.cs")
    {
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {properties}
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, codeFile), code);
    }
}
