using System.Linq;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator.Emit;

/// <summary>Generates the Report class that holds one instance of every table of a template.</summary>
internal static class ReportEmitter
{
    private const string Runtime = RuntimeContract.TypePrefix;

    public static CodeWriter Emit(Template template)
    {
        var w = new CodeWriter();
        FileHeader.Write(w, template);
        w.Open($"namespace {template.Namespace}");
        w.Summary($"{template.Title}（{template.Notice}）: one instance of every table of the format.");
        w.Line(FileHeader.GeneratedCodeAttribute);
        w.Open($"internal sealed partial class {GeneratedNames.ReportClass} : {Runtime}IReport");
        w.Summary("The template's identity and the metadata of its tables.");
        w.Start().Text($"public static {Runtime}TemplateMetadata Metadata {{ get; }} = new {Runtime}TemplateMetadata(")
            .Literal(template.Id).Text(", ").Literal(template.Title).Text(", ").Literal(template.Notice).Text($", new {Runtime}TableMetadata[] {{ ")
            .Text(string.Join(", ", template.Tables.Select(t => $"global::{template.Namespace}.{t.Id}.Metadata"))).End(" });");
        w.Line($"{Runtime}TemplateMetadata {Runtime}IReport.Metadata => Metadata;");
        w.Line();
        w.Summary("Creates a report whose cells are all blank.");
        w.Open($"public {GeneratedNames.ReportClass}()");
        w.Line($"this.Tables = new {Runtime}IReportTable[] {{ {string.Join(", ", template.Tables.Select(t => "this." + t.Id))} }};");
        w.Close();
        foreach (var table in template.Tables)
        {
            w.Line();
            w.Summary(table.Title);
            w.Line($"public global::{template.Namespace}.{table.Id} {table.Id} {{ get; }} = new global::{template.Namespace}.{table.Id}();");
        }

        foreach (var table in template.Tables.Where(t => t.KeepsFormerName))
        {
            w.Line();
            FormerName.Write(w, table.Was!, table.Id, template.Notice);
            w.Line($"public global::{template.Namespace}.{table.Id} {table.Was} => this.{table.Id};");
        }

        w.Line();
        w.Summary("Every table, in template order.");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Runtime}IReportTable> Tables {{ get; }}");
        w.Line();
        w.Summary("Checks every rule of every table. Allocates nothing when every rule holds.");
        w.Open($"public {Runtime}ValidationResult Validate()");
        w.Line($"{Runtime}ValidationResult {GeneratedNames.Result} = new {Runtime}ValidationResult(null);");
        foreach (var table in template.Tables)
        {
            w.Line($"{GeneratedNames.Result} = {GeneratedNames.Result}.Merge(this.{table.Id}.Validate());");
        }

        w.Line($"return {GeneratedNames.Result};");
        w.Close();
        w.Line();
        w.Summary("Fills every total of every table from its parts.");
        w.Open("public void ComputeTotals()");
        foreach (var table in template.Tables)
        {
            w.Line($"this.{table.Id}.ComputeTotals();");
        }

        w.Close();
        w.Close();
        w.Close();
        return w;
    }
}
