using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TemplateGen.Sample.Resources;

namespace TemplateGen.Sample.Acceptance;

/// <summary>A finding a person reviewed and accepted, with why and who: one entry of the accepted-findings file.</summary>
internal sealed record AcceptedFinding(string Body, int? Year, string Rule, IReadOnlyList<string> Cells, IReadOnlyDictionary<string, decimal?> Values, string Note, string By, string On)
{
    /// <summary>The finding's identity: the same body, year, rule and cells (in any order).</summary>
    public string Key => KeyOf(Body, Year, Rule, Cells);

    public static string KeyOf(string body, int? year, string rule, IEnumerable<string> cells) =>
        string.Join("\u001f", body, year?.ToString(CultureInfo.InvariantCulture) ?? "", rule, string.Join("|", cells.Order(StringComparer.Ordinal)));

    /// <summary>Whether <paramref name="values"/> are the values that were accepted.</summary>
    public bool HasValues(IReadOnlyDictionary<string, decimal?> values) =>
        values.Count == Values.Count && values.All(v => Values.TryGetValue(v.Key, out var accepted) && accepted == v.Value);
}

/// <summary>
/// The accepted-findings file, kept under version control beside the reports: JSON, one entry per finding, sorted so a
/// decision is one small diff. A file that cannot be read or is not such a list is one line saying where and what.
/// </summary>
internal static partial class AcceptedFile
{
    // Source-generated: no reflection, so a native build of the checker reads and writes the file the same way.
    private static readonly ShapeContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // bodies and notes stay readable Chinese
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>The entries of <paramref name="path"/>; null with <paramref name="error"/> when it cannot be read or is not a list of accepted findings.</summary>
    public static IReadOnlyList<AcceptedFinding>? Read(string path, bool missingIsEmpty, out string? error)
    {
        error = null;
        if (!File.Exists(path))
        {
            if (missingIsEmpty)
            {
                return Array.Empty<AcceptedFinding>();
            }

            error = Localized.Format(Strings.Accepted_NoFile, path);
            return null;
        }

        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(path), Json.FileShape);
            var entries = new List<AcceptedFinding>();
            foreach (var (entry, index) in (file?.Accepted ?? new List<EntryShape>()).Select((e, i) => (e, i + 1)))
            {
                if (string.IsNullOrWhiteSpace(entry.Body) || string.IsNullOrWhiteSpace(entry.Rule) || entry.Cells is not { Count: > 0 })
                {
                    error = Localized.Format(Strings.Accepted_Incomplete, path, index);
                    return null;
                }

                entries.Add(new AcceptedFinding(entry.Body!, entry.Year, entry.Rule!, entry.Cells, new Dictionary<string, decimal?>(entry.Values ?? new Dictionary<string, decimal?>(), StringComparer.Ordinal), entry.Note ?? "", entry.By ?? "", entry.On ?? ""));
            }

            return entries;
        }
        catch (JsonException exception)
        {
            error = Localized.Format(Strings.Accepted_NotAList, path, exception.Message);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = Localized.Format(Strings.Cli_CannotRead, path, exception.Message);
            return null;
        }
    }

    /// <summary>Writes the entries sorted by body, year, rule and cells.</summary>
    public static void Write(string path, IEnumerable<AcceptedFinding> entries)
    {
        var shape = new FileShape
        {
            Comment = "Findings reviewed and accepted: templategen check --accepted <this file> shows them as accepted and leaves them out of the exit code; templategen accept adds to it.",
            Accepted = entries
                .OrderBy(e => e.Body, StringComparer.Ordinal).ThenBy(e => e.Year).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => string.Join("|", e.Cells), StringComparer.Ordinal)
                .Select(e => new EntryShape { Body = e.Body, Year = e.Year, Rule = e.Rule, Cells = e.Cells.ToList(), Values = new SortedDictionary<string, decimal?>(e.Values.ToDictionary(v => v.Key, v => v.Value), StringComparer.Ordinal), Note = e.Note, By = e.By, On = e.On })
                .ToList(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(shape, Json.FileShape) + "\n");
    }

    [System.Text.Json.Serialization.JsonSerializable(typeof(FileShape))]
    private sealed partial class ShapeContext : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    private sealed class FileShape
    {
        [System.Text.Json.Serialization.JsonPropertyName("$comment")]
        public string? Comment { get; set; }

        public List<EntryShape>? Accepted { get; set; }
    }

    private sealed class EntryShape
    {
        public string? Body { get; set; }
        public int? Year { get; set; }
        public string? Rule { get; set; }
        public List<string>? Cells { get; set; }
        public IDictionary<string, decimal?>? Values { get; set; }
        public string? Note { get; set; }
        public string? By { get; set; }
        public string? On { get; set; }
    }
}
