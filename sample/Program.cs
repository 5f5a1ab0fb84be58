using System.Reflection;
using TemplateGen;
using TemplateGen.Sample;

// Checks the reports embedded in this sample against the format each one cites.
// Exit code: 0 when every rule holds, 1 when a rule fails, 2 when a report cannot be read.
var formats = new (TemplateMetadata Template, Func<IReadOnlyList<IReportTable>> Create)[]
{
    (GovDisclosure.Y2021.Report.Metadata, () => new GovDisclosure.Y2021.Report().Tables),
    (GovDisclosure.Y2019.Report.Metadata, () => new GovDisclosure.Y2019.Report().Tables),
};

var exitCode = 0;
var assembly = Assembly.GetExecutingAssembly();
foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
{
    using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
    var lines = reader.ReadToEnd().Split('\n');
    var title = lines[0].TrimStart('#', ' ').Trim();
    Console.WriteLine(title);

    var format = formats.FirstOrDefault(f => title.Contains(f.Template.Notice, StringComparison.Ordinal));
    if (format.Template is null)
    {
        Console.WriteLine($"  cannot read: the report cites none of the known notices ({string.Join(", ", formats.Select(f => f.Template.Notice))})");
        exitCode = 2;
        continue;
    }

    var tables = format.Create();
    var errors = TableTextReader.Fill(tables, lines);
    Console.WriteLine($"  format: {format.Template.Title} {format.Template.Notice}");
    foreach (var error in errors)
    {
        Console.WriteLine($"  cannot read {error}");
    }

    if (errors.Count > 0)
    {
        exitCode = 2;
        continue;
    }

    var violations = tables.Select(t => t.Validate()).Aggregate((a, b) => a.Merge(b)).Violations;
    foreach (var violation in violations)
    {
        Console.WriteLine($"  {violation}");
    }

    Console.WriteLine(violations.Count == 0 ? "  every rule holds" : $"  {violations.Count} violation(s)");
    if (violations.Any(v => v.Status == ViolationStatus.Failed))
    {
        exitCode = Math.Max(exitCode, 1);
    }
}

return exitCode;
