using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Shouldly;
using TemplateGen.Sample.Output;
using TemplateGen.Sample.Resources;
using Xunit;

namespace TemplateGen.Sample.Tests;

/// <summary>
/// What the checker writes for people is in Chinese on a Chinese UI culture and in English otherwise, and --lang
/// overrides the culture: the console, the HTML page (its lang attribute, legend, verdicts and headings) and the index.
/// </summary>
[Collection(nameof(CommandLineTests))]
public sealed partial class LanguageTests : WorkFolderTests
{
    public LanguageTests()
        : base("templategen-lang-")
    {
    }

    [Fact]
    public void The_chinese_page_has_no_english_word_in_its_legend_verdicts_and_headings()
    {
        var html = Render("pingtan-nyn-2021.txt", "zh-CN", expectedCode: 1);

        html.ShouldContain("<html lang=\"zh-CN\">");
        html.ShouldContain("最可能有误：只改这些单元格即可使每条规则成立");
        html.ShouldContain("S1, I1 不成立");
        var prose = ProseOf(html).ToList();
        prose.ShouldNotBeEmpty();
        prose.Where(text => EnglishWord().IsMatch(text)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("pingtan-gaj-2019.txt")] // rows whose run-together digits split several ways, a lost cell
    [InlineData("pingtan-htp-2023.txt")] // a missing table
    [InlineData("pdf/huaian-hongze-2023.pdf")] // a misprinted label, a group printed as one row, page numbers
    public void What_the_reader_says_about_a_document_is_chinese_on_the_chinese_page(string report)
    {
        var html = Render(report, "zh-CN");

        // Every note, problem and verdict, the report's own sentences (quoted “…”) left aside.
        var notes = Regex.Matches(html, @"<li[^>]*>(.*?)</li>|<p[^>]*>(.*?)</p>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Value, "<[^>]+>", " ")), "“[^”]*”", ""))
            .Select(text => Regex.Replace(text, @"[\w.-]+\.(txt|pdf|html?|docx)|\b[A-Z]\d+\b|\b[A-Z]{2,}\b", ""))
            .Select(text => TemplateIds.Aggregate(text, (t, id) => Regex.Replace(t, $@"\b{id}\b", "")))
            .ToList();
        notes.ShouldNotBeEmpty();
        notes.Where(text => EnglishWord().IsMatch(text)).ShouldBeEmpty();
    }

    [Fact]
    public void The_english_page_says_the_same_in_english()
    {
        var html = Render("pingtan-nyn-2021.txt", "en", expectedCode: 1);

        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("most likely wrong: changing these cells alone makes every rule hold");
        html.ShouldContain("fails S1, I1");
    }

    [Fact]
    public void The_console_follows_the_ui_culture_and_lang_overrides_it()
    {
        var report = ReportFiles.RealReport("pingtan-jsp-2024.txt");

        SampleCli.Run("check", report, "--lang", "zh-CN").Output.ShouldContain("每条规则均成立");
        using (Culture.Chinese())
        {
            var check = Checking.ReportCheck.Run("jsp.txt", File.ReadAllBytes(report));
            SampleCli.ConsoleText(check).ShouldContain("每条规则均成立");
            SampleCli.Run("check", report, "--lang", "en").Output.ShouldContain("every rule holds");
        }
    }

    [Fact]
    public void The_json_messages_follow_the_language_and_its_keys_and_values_for_scripts_do_not()
    {
        var (_, chinese) = SampleCli.Run("check", ReportFiles.RealReport("pingtan-nyn-2021.txt"), "--json", "--lang", "zh-CN");
        var (_, english) = SampleCli.Run("check", ReportFiles.RealReport("pingtan-nyn-2021.txt"), "--json", "--lang", "en");

        var zh = System.Text.Json.JsonDocument.Parse(chinese).RootElement.GetProperty("reports")[0];
        var en = System.Text.Json.JsonDocument.Parse(english).RootElement.GetProperty("reports")[0];
        zh.GetProperty("localization").GetProperty("summary").GetString().ShouldStartWith("最可能：");
        en.GetProperty("localization").GetProperty("summary").GetString().ShouldStartWith("most likely: ");
        zh.GetProperty("violations")[0].GetProperty("status").GetString().ShouldBe(en.GetProperty("violations")[0].GetProperty("status").GetString());
        zh.GetProperty("tables")[4].GetProperty("rules").GetString().ShouldBe("Fails");
    }

    [Fact]
    public void The_chinese_console_over_a_folder_of_real_reports_says_nothing_in_english()
    {
        var (_, output, error) = SampleCli.RunWithErrors("check", MixedFolder.Create(Work.FullName), "--lang", "zh-CN");

        // Two English words in a row would be a sentence the checker or the reader left untranslated.
        Regex.Matches(output + error, @"\b[a-z]{3,} [a-z]{3,}\b").Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public void The_help_text_is_in_the_language_asked_for()
    {
        SampleCli.Run("check", "--help", "--lang", "zh-CN").Output.ShouldContain("以 JSON 而非表格输出结果。");
        SampleCli.Run("check", "--help", "--lang=en").Output.ShouldContain("Write the results as JSON instead of tables.");
    }

    [Fact]
    public void The_index_of_a_folder_is_in_chinese_too()
    {
        var pages = Path.Combine(Work.FullName, "pages");

        SampleCli.Run("render", MixedFolder.Create(Work.FullName), "--html", pages, "--lang", "zh-CN");

        var index = File.ReadAllText(Path.Combine(pages, "index.html"));
        index.ShouldContain("<h1>9 份报告</h1>");
        index.ShouldContain("各机关各年度");
        index.ShouldContain("无报告");
        ProseOf(index).Where(text => EnglishWord().IsMatch(text)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_english_string_has_a_chinese_one_with_the_same_placeholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-Hans"));

        chinese.Keys.ShouldBe(english.Keys, ignoreOrder: true);
        foreach (var (key, text) in english)
        {
            Placeholders(chinese[key]).ShouldBe(Placeholders(text), key);
            (chinese[key].Length > 0 || text.Length == 0).ShouldBeTrue(key);
        }
    }

    /// <summary>A real report rendered as one page in <paramref name="language"/>; its HTML.</summary>
    private string Render(string report, string language, int? expectedCode = null)
    {
        var page = Path.Combine(Work.FullName, "page.html");
        var (code, _) = SampleCli.Run("render", ReportFiles.RealReport(report), "--html", page, "--lang", language);
        if (expectedCode is { } expected)
        {
            code.ShouldBe(expected);
        }

        return File.ReadAllText(page);
    }

    /// <summary>The ids of the formats' rows and columns: a row printed without a label is named by its id, which is the template's word, not the checker's.</summary>
    private static IEnumerable<string> TemplateIds => Checking.ReportCheck.Formats
        .SelectMany(f => f.Template.Tables)
        .SelectMany(t => t.Rows.Concat(t.Columns))
        .Where(h => h.Label.Length == 0)
        .Select(h => h.Id)
        .Distinct();

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false).ShouldNotBeNull();
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) => Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The legend, the verdict lines and the headings: the words the page itself says, not the report's labels or file names.</summary>
    private static IEnumerable<string> ProseOf(string html) =>
        Regex.Matches(html, @"<p class=""legend"">(.*?)</p>|<p class=""verdict"">(.*?)</p>|<h[12]>(.*?)</h[12]>|<th>([^<]*)</th>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(m.Value, "<[^>]+>", " "))
            .Select(text => Regex.Replace(System.Net.WebUtility.HtmlDecode(text), @"[\w.-]+\.(txt|pdf|html?|docx)|\b[A-Z]\d+\b", ""));

    // A run of three or more Latin letters: an English word (rule ids such as S1 and file names are taken out first).
    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
