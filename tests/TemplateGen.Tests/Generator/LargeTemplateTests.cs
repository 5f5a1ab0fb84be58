using Microsoft.CodeAnalysis;
using Shouldly;
using TemplateGen.Testing;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.Generator;

/// <summary>
/// A template of thousands of cells generates code that compiles and works: the scale at which straight-line
/// checks used to take the compiler minutes (bench/ measures 100 to 10,000 rows; this keeps a size CI affords).
/// </summary>
public sealed class LargeTemplateTests
{
    private const int DataRows = 2_000;

    [Fact]
    public void A_two_thousand_row_template_compiles_and_its_checks_run_and_its_totals_fill()
    {
        var file = new InMemoryAdditionalText("/p/synthetic.template.json", SyntheticTemplate.Json(DataRows));
        AnalyzerHarness.Templates(file).ShouldBeEmpty();
        var groups = SyntheticTemplate.GroupCount(DataRows);
        var changed = SyntheticTemplate.RowId(5, 3);
        var probe = $$"""
            public static class Probe
            {
                public static string Run()
                {
                    var table = new {{SyntheticTemplate.Namespace}}.{{SyntheticTemplate.TableId}}();
                    for (var g = 0; g < {{groups}}; g++)
                    {
                        for (var r = 0; r < {{SyntheticTemplate.GroupSize}}; r++)
                        {
                            for (var c = 0; c < 4; c++)
                            {
                                table.SetValue((g * {{SyntheticTemplate.GroupSize + 1}}) + r, c, c + 1);
                            }
                        }
                    }

                    table.ComputeTotals();
                    var balanced = table.Validate();
                    table.{{changed}}.A = 999;
                    var failed = table.Validate();
                    return table.GrandTotal.A + " " + table.GrandTotal.Total + " " + balanced.Violations.Count + " " + string.Join(",", System.Linq.Enumerable.Select(failed.Violations, v => v.RuleId + "@" + v.Line.Id));
                }
            }
            """;

        var (result, output) = GeneratorHarness.Run(new AdditionalText[] { file }, probe);

        result.Results.Single().Exception.ShouldBeNull();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var rows = groups * SyntheticTemplate.GroupSize;
        CompiledProbe.Call(output, "Probe").ShouldBe($"{rows} {rows * 10} 0 G5@A,Across@{changed}");
    }
}
