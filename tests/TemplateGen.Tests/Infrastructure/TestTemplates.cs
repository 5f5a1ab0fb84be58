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
                    { "id": "T2", "between": "rows", "message": "规则二", "left": [ "Granted" ], "right": [ "Refused" ] }
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

    /// <summary>A valid template with row and column groups, official numbers, a total between rows and one between columns.</summary>
    public const string Grouped = """
        {
          "id": "grouped",
          "title": "分组",
          "notice": "测试通知",
          "namespace": "Test.Grouped",
          "sections": [
            {
              "number": "三、",
              "label": "申请",
              "tables": [
                {
                  "id": "Requests",
                  "columns": [
                    { "id": "Applicants", "label": "申请人情况", "columns": [
                      { "id": "Persons", "label": "自然人" },
                      { "id": "Companies", "label": "法人" },
                      { "id": "Total", "label": "总计" } ] }
                  ],
                  "rows": [
                    { "id": "New", "number": "一、", "label": "新收" },
                    { "id": "Results", "number": "二、", "label": "办理结果", "rows": [
                      { "id": "Granted", "number": "（一）", "label": "予以公开" },
                      { "id": "Refused", "number": "（二）", "label": "不予公开" },
                      { "id": "ResultsTotal", "number": "（三）", "label": "总计" } ] }
                  ],
                  "rules": [
                    { "id": "R1", "between": "rows", "message": "总计等于各项之和", "total": "ResultsTotal", "parts": [ "Granted", "Refused" ] },
                    { "id": "C1", "between": "columns", "message": "总计等于各申请人之和", "total": "Total", "parts": [ "Persons", "Companies" ] }
                  ]
                }
              ]
            }
          ]
        }
        """;

    /// <summary><see cref="Grouped"/> with <paramref name="find"/> replaced, failing loudly if it is not there.</summary>
    public static string GroupedWith(string find, string replace) => With(Grouped, find, replace);

    /// <summary><see cref="TwoTables"/> with <paramref name="find"/> replaced, failing loudly if it is not there.</summary>
    public static string TwoTablesWith(string find, string replace) => With(TwoTables, find, replace);

    private static string With(string template, string find, string replace)
    {
        if (!template.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{find}' is not in the test template.", nameof(find));
        }

        return template.Replace(find, replace, StringComparison.Ordinal);
    }
}
