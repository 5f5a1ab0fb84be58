using System.Collections.Generic;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator.Emit;

/// <summary>
/// Generates one table class and its row class. The cells live in one flat store (the runtime's TableCells) and
/// the rules are data in the metadata, checked by the runtime's loops; what is generated per row or column is
/// one accessor and one metadata line, so the file and its compile cost grow linearly with the template.
/// </summary>
internal sealed class TableEmitter
{
    private const string Runtime = RuntimeContract.TypePrefix;

    /// <summary>Characters written per header and per rule term, to size the buffer once.</summary>
    private const int CharsPerHeader = 480;

    private readonly Template _template;
    private readonly Table _table;
    private readonly List<Header> _dataRows = new();
    private readonly List<Header> _dataColumns = new();
    private readonly string _rowType;
    private readonly CodeWriter _w;

    public TableEmitter(Template template, Table table)
    {
        _template = template;
        _table = table;
        foreach (var row in table.Rows)
        {
            if (!row.IsGroup)
            {
                _dataRows.Add(row);
            }
        }

        foreach (var column in table.Columns)
        {
            if (!column.IsGroup)
            {
                _dataColumns.Add(column);
            }
        }

        // Fully qualified, so a member named like the row class cannot shadow the type.
        _rowType = $"global::{template.Namespace}.{GeneratedNames.RowClass(table.Id)}";
        _w = new CodeWriter(CharsPerHeader * (table.Rows.Count + table.Columns.Count + table.Rules.Count + 8));
    }

    public CodeWriter Emit()
    {
        FileHeader.Write(_w, _template);
        _w.Open($"namespace {_template.Namespace}");
        WriteTableClass();
        _w.Line();
        WriteRowClass();
        _w.Close();
        return _w;
    }

    private void WriteTableClass()
    {
        _w.Summary($"{_table.Title}（{_template.Notice}）");
        _w.Line(FileHeader.GeneratedCodeAttribute);
        _w.Line(FileHeader.ExcludeFromCodeCoverage);
        _w.Open($"{_template.Accessibility} sealed partial class {_table.Id} : {Runtime}IReportTable");
        MetadataWriter.WriteTable(_w, _table, _template.DomainRule);
        _w.Line();
        _w.Line($"private readonly {Runtime}TableCells {GeneratedNames.Cells} = new {Runtime}TableCells(Metadata);");
        _w.Line();
        _w.Start().Text($"private readonly {_rowType}?[] {GeneratedNames.Rows} = new {_rowType}?[").Int(_dataRows.Count).End("];");
        _w.Line();
        _w.Line($"{Runtime}TableMetadata {Runtime}IReportTable.Metadata => Metadata;");
        foreach (var (row, index) in Members(_dataRows))
        {
            _w.Line();
            WritePathSummary(_table.Rows, row, "");
            _w.Start().Text("public ").Text(_rowType).Text(" ").Text(row.Id).Text(" => this.").Text(GeneratedNames.Rows).Text("[").Int(index)
                .Text("] ?? this.").Text(GeneratedNames.RowAccessor).Text("(").Int(index).End(");");
        }

        foreach (var (row, _) in Members(_dataRows))
        {
            if (row.KeepsFormerName)
            {
                _w.Line();
                FormerName.Write(_w, row.Was!, row.Id, _template.Notice);
                _w.Start().Text("public ").Text(_rowType).Text(" ").Text(row.Was!).Text(" => this.").Text(row.Id).End(";");
            }
        }

        _w.Line();
        _w.Line("/// <inheritdoc/>");
        _w.Line($"public decimal? GetValue(int row, int column) => this.{GeneratedNames.Cells}.GetValue(row, column);");
        _w.Line();
        _w.Line("/// <inheritdoc/>");
        _w.Line($"public void SetValue(int row, int column, decimal? value) => this.{GeneratedNames.Cells}.SetValue(row, column, value);");
        _w.Line();
        _w.Summary("Checks every rule of the table: a blank cell makes its equations incomplete, amounts compare within their rounding. Allocates nothing when every rule holds.");
        _w.Line($"public {Runtime}ValidationResult Validate() => this.{GeneratedNames.Cells}.Validate(this);");
        _w.Line();
        _w.Summary("Fills every total from its parts, parts before the totals that use them; a total whose parts are not all filled is left as it is.");
        _w.Line($"public void ComputeTotals() => this.{GeneratedNames.Cells}.ComputeTotals();");
        _w.Line();
        _w.Line($"private {_rowType} {GeneratedNames.RowAccessor}(int row) => this.{GeneratedNames.Rows}[row] = new {_rowType}(this.{GeneratedNames.Cells}, row);");
        _w.Close();
    }

    private void WriteRowClass()
    {
        var rowClass = GeneratedNames.RowClass(_table.Id);
        _w.Summary($"A data row of {_table.Id}: one cell per data column; null is a blank cell, distinct from 0.");
        _w.Line(FileHeader.GeneratedCodeAttribute);
        _w.Line(FileHeader.ExcludeFromCodeCoverage);
        _w.Open($"{_template.Accessibility} sealed partial class {rowClass}");
        _w.Line($"private readonly {Runtime}TableCells {GeneratedNames.Cells};");
        _w.Line($"private readonly int {GeneratedNames.RowIndex};");
        _w.Line();
        _w.Line($"internal {rowClass}({Runtime}TableCells cells, int row)");
        _w.Line("{");
        _w.Line($"    this.{GeneratedNames.Cells} = cells;");
        _w.Line($"    this.{GeneratedNames.RowIndex} = row;");
        _w.Line("}");
        foreach (var (column, index) in Members(_dataColumns))
        {
            var (type, get, set) = column.Kind == ValueKind.Amount ? ("decimal", "GetAmount", "SetAmount") : ("long", "GetWhole", "SetWhole");
            _w.Line();
            WritePathSummary(_table.Columns, column, KindText(column));
            _w.Start().Text("public ").Text(type).Text("? ").Text(column.Id)
                .Text(" { get => this.").Text(GeneratedNames.Cells).Text(".").Text(get).Text("(this.").Text(GeneratedNames.RowIndex).Text(", ").Int(index)
                .Text("); set => this.").Text(GeneratedNames.Cells).Text(".").Text(set).Text("(this.").Text(GeneratedNames.RowIndex).Text(", ").Int(index).End(", value); }");
        }

        foreach (var (column, _) in Members(_dataColumns))
        {
            if (column.KeepsFormerName)
            {
                var type = column.Kind == ValueKind.Amount ? "decimal" : "long";
                _w.Line();
                FormerName.Write(_w, column.Was!, column.Id, _template.Notice);
                _w.Start().Text("public ").Text(type).Text("? ").Text(column.Was!).Text(" { get => this.").Text(column.Id).Text("; set => this.").Text(column.Id).End(" = value; }");
            }
        }

        _w.Line();
        _w.Summary("The value of a cell by data column index; null when blank.");
        _w.Line($"public decimal? GetValue(int column) => this.{GeneratedNames.Cells}.GetValue(this.{GeneratedNames.RowIndex}, column);");
        _w.Line();
        _w.Summary("Sets a cell by data column index; throws ArgumentException for a fraction in a whole-number column.");
        _w.Line($"public void SetValue(int column, decimal? value) => this.{GeneratedNames.Cells}.SetValue(this.{GeneratedNames.RowIndex}, column, value);");
        _w.Close();
    }

    /// <summary>The data headers that get a member (see <see cref="Header.HasMember"/>), with their data index.</summary>
    private static IEnumerable<(Header Header, int DataIndex)> Members(List<Header> dataHeaders)
    {
        for (var i = 0; i < dataHeaders.Count; i++)
        {
            if (dataHeaders[i].HasMember)
            {
                yield return (dataHeaders[i], i);
            }
        }
    }

    /// <summary>The labels from the top group down to <paramref name="header"/>, e.g. 三、本年度办理结果 › （一）予以公开.</summary>
    private void WritePathSummary(EquatableArray<Header> headers, Header header, string suffix)
    {
        var path = new List<Header>();
        for (var h = header; ; h = headers[h.Parent])
        {
            path.Add(h);
            if (h.Parent < 0 || h.Parent >= headers.Count)
            {
                break;
            }
        }

        _w.Start().Text("/// <summary>");
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var h = path[i];
            if (h.Number.Length + h.Label.Length == 0)
            {
                _w.Xml(h.Id);
            }
            else
            {
                _w.Xml(h.Number).Xml(h.Label);
            }

            if (i > 0)
            {
                _w.Text(" › ");
            }
        }

        _w.Xml(suffix).End("</summary>");
    }

    private static string KindText(Header column) => column.Kind switch
    {
        ValueKind.Count => ": a non-negative count.",
        ValueKind.SignedCount => ": a signed count (增 positive, 减 negative).",
        _ => column.Unit is null ? ": a decimal amount." : $": a decimal amount in {column.Unit}.",
    };
}
