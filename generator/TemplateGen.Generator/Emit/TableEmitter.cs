using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Generation;
using TemplateGen.Templates.Model;

namespace TemplateGen.Generator.Emit;

/// <summary>Generates one table class, its row class, its metadata and its straight-line checks.</summary>
internal sealed class TableEmitter
{
    private const string Runtime = RuntimeContract.TypePrefix;
    private readonly Template _template;
    private readonly Table _table;
    private readonly Header[] _dataRows;
    private readonly Header[] _dataColumns;
    private readonly string _rowClass;

    /// <summary>The table class fully qualified: inside the generated classes a member may carry the table's name.</summary>
    private readonly string _tableType;
    private readonly CodeWriter _w = new();

    public TableEmitter(Template template, Table table)
    {
        _template = template;
        _table = table;
        _dataRows = table.Rows.Where(h => !h.IsGroup).ToArray();
        _dataColumns = table.Columns.Where(h => !h.IsGroup).ToArray();
        _rowClass = GeneratedNames.RowClass(table.Id);
        _tableType = $"global::{template.Namespace}.{table.Id}";
    }

    public string Emit()
    {
        FileHeader.Write(_w, _template);
        _w.Open($"namespace {_template.Namespace}");
        WriteTableClass();
        _w.Line();
        WriteRowClass();
        _w.Close();
        return _w.ToString();
    }

    private void WriteTableClass()
    {
        _w.Summary($"{_table.Title}（{_template.Notice}）");
        _w.Line(FileHeader.GeneratedCodeAttribute);
        _w.Open($"internal sealed partial class {_table.Id} : {Runtime}IReportTable");
        WriteMetadata();
        _w.Line();
        _w.Line($"{Runtime}TableMetadata {Runtime}IReportTable.Metadata => Metadata;");
        foreach (var row in _dataRows)
        {
            _w.Line();
            _w.Summary(Path(_table.Rows, row));
            _w.Line($"public {RowType} {row.Id} {{ get; }} = new {RowType}();");
        }

        _w.Line();
        _w.Line("/// <inheritdoc/>");
        _w.Line($"public decimal? GetValue(int row, int column) => this.{GeneratedNames.RowAccessor}(row).GetValue(column);");
        _w.Line();
        _w.Line("/// <inheritdoc/>");
        _w.Line($"public void SetValue(int row, int column, decimal? value) => this.{GeneratedNames.RowAccessor}(row).SetValue(column, value);");
        _w.Line();
        WriteValidate();
        _w.Line();
        WriteComputeTotals();
        _w.Line();
        WriteRowSwitch();
        _w.Close();
    }

    private void WriteRowSwitch()
    {
        _w.Open($"private {RowType} {GeneratedNames.RowAccessor}(int row)");
        _w.Open("switch (row)");
        for (var i = 0; i < _dataRows.Length; i++)
        {
            _w.Line($"case {i}: return this.{_dataRows[i].Id};");
        }

        _w.Line($"default: throw new global::System.ArgumentOutOfRangeException(nameof(row), row, \"{_table.Id} has {_dataRows.Length} data rows.\");");
        _w.Close();
        _w.Close();
    }

    private void WriteValidate()
    {
        _w.Summary("Checks every rule of the table. Allocates nothing when every rule holds.");
        _w.Open($"public {Runtime}ValidationResult Validate()");
        _w.Line($"global::System.Collections.Generic.List<{Runtime}Violation>? {GeneratedNames.Violations} = null;");
        foreach (var instance in CellPlan.Instances(_table))
        {
            WriteCheck(instance);
        }

        if (_template.DomainRule is not null)
        {
            for (var r = 0; r < _dataRows.Length; r++)
            {
                for (var c = 0; c < _dataColumns.Length; c++)
                {
                    if (_dataColumns[c].Kind == ValueKind.Count)
                    {
                        _w.Line($"if ({CellExpression(new Cell(r, c))} < 0) {Runtime}TableSupport.AddNegative(ref {GeneratedNames.Violations}, this, {r}, {c});");
                    }
                }
            }
        }

        _w.Line($"return new {Runtime}ValidationResult({GeneratedNames.Violations});");
        _w.Close();
    }

    private void WriteCheck(EquationInstance instance)
    {
        var left = instance.LeftCells.ToArray();
        var right = instance.RightCells.ToArray();
        var isAmount = left.Concat(right).Any(c => _dataColumns[c.Column].Kind == ValueKind.Amount);
        var type = isAmount ? "decimal" : "long";
        var lineHeader = instance.Rule.Direction == RuleDirection.BetweenRows ? _dataColumns[instance.Line] : _dataRows[instance.Line];
        var (leftNames, leftConditions) = Bind(left, 'l', type);
        var (rightNames, rightConditions) = Bind(right, 'r', type);
        var conditions = leftConditions.Concat(rightConditions);
        var add = $"{Runtime}TableSupport.Add(ref {GeneratedNames.Violations}, this, {instance.RuleIndex}, {instance.EquationIndex}, {instance.Line}, ";

        _w.Line($"// {Literals.SingleLine(instance.Rule.Id)} in {Literals.SingleLine(Label(lineHeader))}");
        _w.Open();
        _w.Open($"if ({string.Join(" && ", conditions)})");
        _w.Line($"{type} {GeneratedNames.Left} = {string.Join(" + ", leftNames)};");
        _w.Line($"{type} {GeneratedNames.Right} = {string.Join(" + ", rightNames)};");
        if (isAmount)
        {
            // XBRL Calculations 1.1: each reported value stands for an interval of half a unit in its last decimal.
            var halves = leftNames.Concat(rightNames).Select(n => $"{Runtime}TableSupport.HalfUnit({n})");
            _w.Line($"decimal {GeneratedNames.Tolerance} = {string.Join(" + ", halves)};");
            _w.Open($"if (global::System.Math.Abs({GeneratedNames.Left} - {GeneratedNames.Right}) > {GeneratedNames.Tolerance})");
        }
        else
        {
            _w.Open($"if ({GeneratedNames.Left} != {GeneratedNames.Right})");
        }

        _w.Line($"{add}{Runtime}ViolationStatus.Failed, {GeneratedNames.Left}, {GeneratedNames.Right});");
        _w.Close();
        _w.Close();
        _w.Open("else");
        _w.Line($"{add}{Runtime}ViolationStatus.Incomplete, null, null);");
        _w.Close();
        _w.Close();
    }

    private void WriteComputeTotals()
    {
        _w.Summary("Fills every total from its parts, parts before the totals that use them; a total whose parts are not all filled is left as it is.");
        _w.Open("public void ComputeTotals()");
        foreach (var instance in CellPlan.TotalsInFillOrder(_table))
        {
            var total = instance.LeftCells.First();
            var parts = instance.RightCells.ToArray();
            var (names, conditions) = Bind(parts, 'p', ClrType(_dataColumns[total.Column].Kind));
            _w.Line($"// {Literals.SingleLine($"{instance.Rule.Id}: {Label(_dataRows[total.Row])} / {Label(_dataColumns[total.Column])}")}");
            _w.Open();
            _w.Open($"if ({string.Join(" && ", conditions)})");
            _w.Line($"{CellExpression(total)} = {string.Join(" + ", names)};");
            _w.Close();
            _w.Close();
        }

        _w.Close();
    }

    private void WriteRowClass()
    {
        _w.Summary($"A data row of {_table.Id}: one cell per data column; null is a blank cell, distinct from 0.");
        _w.Line(FileHeader.GeneratedCodeAttribute);
        _w.Open($"internal sealed partial class {_rowClass}");
        foreach (var column in _dataColumns)
        {
            _w.Summary($"{Path(_table.Columns, column)}: {KindText(column)}.");
            _w.Line($"public {ClrType(column.Kind)}? {column.Id} {{ get; set; }}");
            _w.Line();
        }

        _w.Summary("The value of a cell by data column index; null when blank.");
        _w.Open("public decimal? GetValue(int column)");
        _w.Open("switch (column)");
        for (var i = 0; i < _dataColumns.Length; i++)
        {
            _w.Line($"case {i}: return this.{_dataColumns[i].Id};");
        }

        _w.Line(ColumnOutOfRange());
        _w.Close();
        _w.Close();
        _w.Line();
        _w.Summary("Sets a cell by data column index; throws ArgumentException for a fraction in a whole-number column.");
        _w.Open("public void SetValue(int column, decimal? value)");
        _w.Open("switch (column)");
        for (var i = 0; i < _dataColumns.Length; i++)
        {
            var conversion = _dataColumns[i].Kind == ValueKind.Amount
                ? "value"
                : $"{Runtime}TableSupport.ToWhole(value, {_tableType}.Metadata.DataColumns[{i}])";
            _w.Line($"case {i}: this.{_dataColumns[i].Id} = {conversion}; break;");
        }

        _w.Line(ColumnOutOfRange());
        _w.Close();
        _w.Close();
        _w.Close();
    }

    private string ColumnOutOfRange() =>
        $"default: throw new global::System.ArgumentOutOfRangeException(nameof(column), column, \"{_table.Id} has {_dataColumns.Length} data columns.\");";

    /// <summary>Names each cell's value (__l0, __l1, …) through a pattern that also tests the cell is not blank.</summary>
    private (string[] Names, string[] Conditions) Bind(Cell[] cells, char side, string type)
    {
        var names = cells.Select((_, i) => GeneratedNames.Term(side, i)).ToArray();
        return (names, cells.Select((cell, i) => $"{CellExpression(cell)} is {type} {names[i]}").ToArray());
    }

    /// <summary>A cell through <c>this</c>, so no local or parameter can shadow its row.</summary>
    private string CellExpression(Cell cell) => $"this.{_dataRows[cell.Row].Id}.{_dataColumns[cell.Column].Id}";

    /// <summary>The row class fully qualified, so a member named like it cannot shadow the type.</summary>
    private string RowType => $"global::{_template.Namespace}.{_rowClass}";

    private void WriteMetadata()
    {
        _w.Summary("Layout, labels and rules of this table.");
        _w.Line($"public static {Runtime}TableMetadata Metadata {{ get; }} = new {Runtime}TableMetadata(");
        var arguments = new List<string>
        {
            Literals.String(_table.Id),
            Literals.String(_table.SectionNumber),
            Literals.String(_table.SectionLabel),
            Literals.String(_table.Number),
            Literals.String(_table.Label),
            Literals.String(_table.Corner),
            Headers(_table.Columns),
            Headers(_table.Rows),
            $"new {Runtime}RuleMetadata[]\n{{\n{string.Join(",\n", _table.Rules.Select(r => "    " + RuleExpression(r)))}\n}}",
            _template.DomainRule is { } domain
                ? $"new {Runtime}RuleMetadata({Literals.String(domain.Id)}, {Severity(domain.Severity)}, {Literals.String(domain.Message)}, {Runtime}RuleDirection.BetweenRows, new {Runtime}EquationMetadata[0])"
                : "null",
        };
        var lines = string.Join(",\n", arguments).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            _w.Line("    " + lines[i] + (i == lines.Length - 1 ? ");" : ""));
        }
    }

    private static string Headers(EquatableArray<Header> headers) =>
        $"new {Runtime}HeaderMetadata[]\n{{\n{string.Join(",\n", headers.Select(h => "    " + HeaderExpression(h)))}\n}}";

    private static string HeaderExpression(Header h) =>
        $"new {Runtime}HeaderMetadata({Literals.String(h.Id)}, {Literals.String(h.Number)}, {Literals.String(h.Label)}, {Literals.Int(h.Parent)}, {Literals.Int(h.Depth)}, {Literals.Int(h.DataIndex)}, {Runtime}ValueKind.{h.Kind}, {Literals.String(h.Unit)}, {(h.Decimals is { } d ? Literals.Int(d) : "null")})";

    private static string RuleExpression(Rule rule)
    {
        var equations = rule.Equations.Select(e =>
            $"new {Runtime}EquationMetadata({Literals.Bool(e.IsTotal)}, new int[] {{ {string.Join(", ", e.Left.Select(Literals.Int))} }}, new int[] {{ {string.Join(", ", e.Right.Select(Literals.Int))} }})");
        return $"new {Runtime}RuleMetadata({Literals.String(rule.Id)}, {Severity(rule.Severity)}, {Literals.String(rule.Message)}, {Runtime}RuleDirection.{rule.Direction}, new {Runtime}EquationMetadata[] {{ {string.Join(", ", equations)} }})";
    }

    private static string Severity(RuleSeverity severity) => $"{Runtime}RuleSeverity.{severity}";

    private static string ClrType(ValueKind kind) => kind == ValueKind.Amount ? "decimal" : "long";

    private static string KindText(Header column) => column.Kind switch
    {
        ValueKind.Count => "a non-negative count",
        ValueKind.SignedCount => "a signed count (增 positive, 减 negative)",
        _ => column.Unit is null ? "a decimal amount" : $"a decimal amount in {column.Unit}",
    };

    private static string Label(Header header) => header.FullLabel.Length == 0 ? header.Id : header.FullLabel;

    /// <summary>The labels from the top group down to <paramref name="header"/>, e.g. 三、本年度办理结果 › （一）予以公开.</summary>
    private static string Path(EquatableArray<Header> headers, Header header)
    {
        var labels = new List<string>();
        for (var h = header; ; h = headers[h.Parent])
        {
            labels.Insert(0, Label(h));
            if (h.Parent < 0)
            {
                break;
            }
        }

        return string.Join(" › ", labels);
    }
}
