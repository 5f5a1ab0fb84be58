using System.Linq;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator.Emit;

/// <summary>Generates the Report class that holds one instance of every table of a template.</summary>
internal static class ReportEmitter
{
    private const string Runtime = RuntimeContract.TypePrefix;

    /// <param name="template">The template.</param>
    /// <param name="predecessorNamespace">The namespace of the generated Report of the template it supersedes, or null when there is none.</param>
    public static CodeWriter Emit(Template template, string? predecessorNamespace = null)
    {
        var w = new CodeWriter();
        FileHeader.Write(w, template);
        w.Open($"namespace {template.Namespace}");
        w.Summary($"{template.Title}（{template.Notice}）: one instance of every table of the format.");
        w.Line(FileHeader.GeneratedCodeAttribute);
        w.Line(FileHeader.ExcludeFromCodeCoverage);
        w.Open($"{template.Accessibility} sealed partial class {GeneratedNames.ReportClass} : {Runtime}IReport");
        w.Summary("The template's identity and the metadata of its tables.");
        w.Start().Text($"public static {Runtime}TemplateMetadata Metadata {{ get; }} = new {Runtime}TemplateMetadata(")
            .Literal(template.Id).Text(", ").Literal(template.Title).Text(", ").Literal(template.Notice).Text($", new {Runtime}TableMetadata[] {{ ")
            .Text(string.Join(", ", template.Tables.Select(t => $"global::{template.Namespace}.{t.Id}.Metadata"))).Text(" }");
        if (template.Supersedes is not null || template.Claims.Count > 0)
        {
            w.Text(", supersedes: ");
            if (template.Supersedes is null)
            {
                w.Text("null");
            }
            else
            {
                w.Literal(template.Supersedes);
            }
        }

        if (template.Claims.Count == 0)
        {
            w.End(");");
        }
        else
        {
            // One claim per line: patterns are long, and a diff of the template should read as a diff of this file.
            w.End($", claims: new {Runtime}ClaimMetadata[]");
            w.Open();
            foreach (var claim in template.Claims)
            {
                w.Start().Text($"new {Runtime}ClaimMetadata(").Literal(claim.Id).Text(", ").Literal(claim.Label)
                    .Text(", ").Text(Runtime).Text(MetadataWriter.Severity(claim.Severity)).Text($", new {Runtime}ClaimCell[] {{ ");
                for (var c = 0; c < claim.Cells.Count; c++)
                {
                    var cell = claim.Cells[c];
                    w.Text(c == 0 ? "" : ", ").Text($"new {Runtime}ClaimCell(").Literal(cell.Table).Text(", ").Literal(cell.Row).Text(", ").Literal(cell.Column).Text(")");
                }

                w.Text(" }, new string[] { ");
                Strings(w, claim.Patterns);
                w.Text(" }, new string[] { ");
                Strings(w, claim.NotNear);
                w.End(" }),");
            }

            w.Close(");");
        }

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
        WriteValidateAgainstPrevious(w, template, predecessorNamespace);
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

    /// <summary>
    /// One ValidateAgainstPrevious per format a previous year's report can be in: this one and, when its template is
    /// in the project, the one this template supersedes. The rules are metadata; the runtime follows them across.
    /// </summary>
    private static void WriteValidateAgainstPrevious(CodeWriter w, Template template, string? predecessorNamespace)
    {
        var rules = template.Tables.SelectMany(t => t.RulesAcrossReports.Select(r => r.Id)).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToList();
        var which = rules.Count == 0 ? "This format has no rules across reports, so the result is always valid." : $"Checks {string.Join(", ", rules)}.";
        var method = $"public {Runtime}ValidationResult {GeneratedNames.ValidateAgainstPrevious}";
        w.Line();
        w.Start().Text("/// <summary>Checks the rules across reports against <paramref name=\"previous\"/>, the previous year's report of the same body in this format. ")
            .Xml(which).Text(" A blank cell makes a check incomplete, never 0.</summary>").End();
        w.Line($"/// <param name=\"previous\">The same body's report of the year before.</param>");
        w.Line($"{method}(global::{template.Namespace}.{GeneratedNames.ReportClass} previous) => {Runtime}PreviousYearChecks.Validate(this, previous);");
        if (predecessorNamespace is null)
        {
            return;
        }

        w.Line();
        w.Start().Text("/// <summary>Checks the rules across reports against <paramref name=\"previous\"/>, the previous year's report of the same body in the format this one supersedes (").Xml(template.Supersedes!)
            .Text("). ").Xml(which).Text(" A rule or line that format does not have is left out (TG0504); a blank cell makes a check incomplete, never 0.</summary>").End();
        w.Line($"/// <param name=\"previous\">The same body's report of the year before, in the earlier format.</param>");
        w.Line($"{method}(global::{predecessorNamespace}.{GeneratedNames.ReportClass} previous) => {Runtime}PreviousYearChecks.Validate(this, previous);");
    }

    private static void Strings(CodeWriter w, EquatableArray<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            w.Text(i == 0 ? "" : ", ").Literal(values[i]);
        }
    }
}
