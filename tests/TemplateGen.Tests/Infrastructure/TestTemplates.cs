namespace TemplateGen.Tests.Infrastructure;

/// <summary>Small templates for tests: two tables, so a fault in one can be shown not to touch the other.</summary>
internal static class TestTemplates
{
    /// <summary>A valid template whose table Cases has a total rule T1 over rows and Other is untouched.</summary>
    public const string TwoTables = """
        {
          "id": "test",
          "title": "测试",
          "notice": "测试通知",
          "namespace": "Test.Reports",
          "sections": [
            {
              "number": "一、",
              "label": "统计",
              "tables": [
                {
                  "id": "Cases",
                  "columns": [ { "id": "Count", "label": "件数" } ],
                  "rows": [
                    { "id": "Granted", "label": "予以公开" },
                    { "id": "Refused", "label": "不予公开" },
                    { "id": "Total", "label": "总计" }
                  ],
                  "rules": [
                    { "id": "T1", "between": "rows", "message": "总计等于各项之和", "total": "Total", "parts": [ "Granted", "Refused" ] },
                    { "id": "T2", "between": "rows", "message": "规则二", "left": [ "Total" ], "right": [ "Granted", "Refused" ] }
                  ]
                },
                {
                  "id": "Other",
                  "columns": [ { "id": "Count", "label": "件数" } ],
                  "rows": [ { "id": "Only", "label": "唯一" } ]
                }
              ]
            }
          ]
        }
        """;

    /// <summary><see cref="TwoTables"/> with <paramref name="find"/> replaced, failing loudly if it is not there.</summary>
    public static string TwoTablesWith(string find, string replace)
    {
        if (!TwoTables.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{find}' is not in the test template.", nameof(find));
        }

        return TwoTables.Replace(find, replace, StringComparison.Ordinal);
    }
}
