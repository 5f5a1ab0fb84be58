namespace TemplateGen.Tests.Infrastructure;

/// <summary>The templates in templates/, copied beside the test assembly at build time.</summary>
internal static class ShippedTemplates
{
    public const string Format2021 = "gov-info-disclosure-2021.template.json";
    public const string Format2019 = "gov-info-disclosure-2019.template.json";

    public static string Text(string fileName) =>
        File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Templates", fileName));

    public static string Path(string fileName) => "/project/templates/" + fileName;
}
