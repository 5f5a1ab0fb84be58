using System.Collections.Generic;
using System.Linq;
using TemplateGen.Templates.Json;
using TemplateGen.Templates.Model;
using TemplateGen.Templates.Text;

namespace TemplateGen.Templates.Binding;

/// <summary>Turns the JSON tree of a template into drafts, reporting shape errors as it goes.</summary>
internal sealed class TemplateBinder
{
    private static readonly Dictionary<string, ValueKind> Kinds = new()
    {
        ["count"] = ValueKind.Count,
        ["signedCount"] = ValueKind.SignedCount,
        ["amount"] = ValueKind.Amount,
    };

    private static readonly Dictionary<string, RuleSeverity> Severities = new()
    {
        ["error"] = RuleSeverity.Error,
        ["warning"] = RuleSeverity.Warning,
    };

    private static readonly Dictionary<string, RuleDirection> Directions = new()
    {
        ["rows"] = RuleDirection.BetweenRows,
        ["columns"] = RuleDirection.BetweenColumns,
    };

    private static readonly Dictionary<string, bool> Accessibilities = new()
    {
        ["internal"] = false,
        ["public"] = true,
    };

    private readonly ProblemSink _sink;
    private readonly string? _namespaceOverride;
    private readonly string? _accessibilityDefault;

    /// <param name="sink">Where problems go.</param>
    /// <param name="namespaceOverride">The namespace the project sets for this file (TemplateGenNamespace), if any.</param>
    /// <param name="accessibilityDefault">The project's default accessibility of generated types (TemplateGenAccessibility), if set.</param>
    public TemplateBinder(ProblemSink sink, string? namespaceOverride, string? accessibilityDefault = null)
    {
        _sink = sink;
        _namespaceOverride = namespaceOverride;
        _accessibilityDefault = accessibilityDefault;
    }

    /// <summary>The syntax errors inside the tables left out because their text is damaged; the rest lie outside any table.</summary>
    public int SyntaxErrorsInLeftOutTables { get; private set; }

    public TemplateDraft? Bind(JsonNode root)
    {
        if (root is not JsonObject json)
        {
            _sink.Error(TemplateProblemKind.InvalidValue, root.Span, "A template must be a JSON object: { \"id\": ..., \"namespace\": ..., \"sections\": [ ... ] }.");
            return null;
        }

        var reader = new PropertyReader(json, "the template", _sink, TemplateVocabulary.Template);
        var idNode = reader.StringNode("id", required: true);
        var supersedes = reader.StringNode("supersedes");
        var template = new TemplateDraft
        {
            Id = idNode?.Value ?? "",
            IdSpan = idNode?.Span ?? reader.ObjectStart,
            Supersedes = supersedes?.Value,
            SupersedesSpan = supersedes?.Span,
            Title = reader.String("title", required: true) ?? "",
            Notice = reader.String("notice", required: true) ?? "",
        };
        reader.String("$schema");
        var ns = reader.StringNode("namespace", required: _namespaceOverride is null);
        template.Namespace = _namespaceOverride ?? ns?.Value;
        template.NamespaceFromProject = _namespaceOverride is not null;
        template.NamespaceSpan = ns?.Span ?? reader.ObjectStart;
        template.IsPublic = reader.Choice("accessibility", ProjectAccessibility(template), Accessibilities);
        if (reader.Object("domainRule") is { } domain)
        {
            template.DomainRule = BindDomainRule(domain);
        }

        foreach (var section in Objects(reader.Array("sections", required: true), "section"))
        {
            BindSection(section, template);
        }

        // A claim whose text is damaged is left out unread: what a syntax error left of it would only raise echoes.
        foreach (var claim in Objects(reader.Array("claims"), "claim").Where(c => !c.HasSyntaxErrors))
        {
            template.Claims.Add(BindClaim(claim));
        }

        return template;
    }

    /// <summary>The project's default (TemplateGenAccessibility, any case), or internal; a value that is neither is said at the template's id.</summary>
    private bool ProjectAccessibility(TemplateDraft template)
    {
        var value = _accessibilityDefault?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (Accessibilities.TryGetValue(value!.ToLowerInvariant(), out var isPublic))
        {
            return isPublic;
        }

        _sink.Error(TemplateProblemKind.InvalidValue, template.IdSpan, $"The project sets TemplateGenAccessibility to '{value}', which is not an accessibility TemplateGen generates; the types of this template stay internal. Set it to public or internal.");
        return false;
    }

    private ClaimDraft BindClaim(JsonObject json)
    {
        var reader = new PropertyReader(json, "a claim", _sink, TemplateVocabulary.Claim);
        var id = reader.StringNode("id", required: true);
        var claim = new ClaimDraft
        {
            Id = id?.Value ?? "",
            IdSpan = id?.Span ?? reader.ObjectStart,
            Label = reader.String("label", required: true) ?? "",
            Severity = reader.Choice("severity", RuleSeverity.Warning, Severities),
            IsValid = id is not null,
        };
        claim.IsValid &= Strings(reader.Array("cells", required: true), claim.Cells, $"Each cell of claim '{claim.Id}' must be a string: \"Table.Row.Column\".");
        claim.IsValid &= Strings(reader.Array("patterns", required: true), claim.Patterns, $"Each pattern of claim '{claim.Id}' must be a string: a regular expression with one capture group for the number.");
        var notNear = new List<(string Text, TemplateSpan Span)>();
        claim.IsValid &= Strings(reader.Array("notNear"), notNear, $"Each word of claim '{claim.Id}''s notNear must be a string.");
        claim.NotNear.AddRange(notNear.Select(w => w.Text).Where(w => w.Length > 0));
        claim.IsValid &= claim.Cells.Count > 0 && claim.Patterns.Count > 0;
        return claim;
    }

    /// <summary>The strings of an array with their spans; false (each reported) when an item is not a string.</summary>
    private bool Strings(JsonArray? array, List<(string Text, TemplateSpan Span)> strings, string message)
    {
        var ok = true;
        foreach (var item in array?.Items ?? (IReadOnlyList<JsonNode>)System.Array.Empty<JsonNode>())
        {
            if (item is JsonString text)
            {
                strings.Add((text.Value, text.Span));
            }
            else
            {
                _sink.Error(TemplateProblemKind.InvalidValue, item.Span, message);
                ok = false;
            }
        }

        return ok;
    }

    private DomainRule? BindDomainRule(JsonObject json)
    {
        var reader = new PropertyReader(json, "the domain rule", _sink, TemplateVocabulary.DomainRule);
        var id = reader.String("id", required: true);
        var severity = reader.Choice("severity", RuleSeverity.Error, Severities);
        var message = reader.String("message", required: true);
        return id is null ? null : new DomainRule(id, severity, message ?? "");
    }

    private void BindSection(JsonObject json, TemplateDraft template)
    {
        var reader = new PropertyReader(json, "a section", _sink, TemplateVocabulary.Section);
        var number = reader.String("number", required: true) ?? "";
        var label = reader.String("label", required: true) ?? "";
        foreach (var table in Objects(reader.Array("tables", required: true), "table"))
        {
            template.Tables.Add(table.HasSyntaxErrors ? LeaveOut(table, number, label) : BindTable(table, number, label));
        }
    }

    /// <summary>
    /// A table whose own text holds a syntax error is not read further: its syntax errors say what is wrong, and what
    /// the reader repaired may not be what its author meant. It is kept by id only, so what names it stays quiet.
    /// </summary>
    private TableDraft LeaveOut(JsonObject json, string sectionNumber, string sectionLabel)
    {
        SyntaxErrorsInLeftOutTables += json.SyntaxErrors;
        var id = json.Find("id")?.Value as JsonString;
        return new TableDraft
        {
            Id = id?.Value ?? "",
            IdSpan = id?.Span ?? json.Span,
            SectionNumber = sectionNumber,
            SectionLabel = sectionLabel,
            IsValid = false,
            IsDamaged = true,
        };
    }

    private TableDraft BindTable(JsonObject json, string sectionNumber, string sectionLabel)
    {
        var reader = new PropertyReader(json, "a table", _sink, TemplateVocabulary.Table);
        var id = reader.StringNode("id", required: true);
        var was = reader.StringNode("was");
        var table = new TableDraft
        {
            Was = was?.Value,
            WasSpan = was?.Span,
            Id = id?.Value ?? "",
            IdSpan = id?.Span ?? reader.ObjectStart,
            SectionNumber = sectionNumber,
            SectionLabel = sectionLabel,
            Number = reader.String("number") ?? "",
            Label = reader.String("label") ?? "",
            Corner = reader.String("corner") ?? "",
            IsValid = id is not null,
        };
        var defaultKind = reader.Choice("kind", ValueKind.Count, Kinds);
        var columns = reader.Array("columns", required: true);
        var rows = reader.Array("rows", required: true);
        if (columns is null || rows is null)
        {
            table.IsValid = false;
        }

        BindHeaders(columns, "columns", table.Columns, parent: -1, depth: 0, defaultKind);
        BindHeaders(rows, "rows", table.Rows, parent: -1, depth: 0, defaultKind);
        var rules = reader.Array("rules");
        foreach (var rule in Objects(rules, "rule"))
        {
            var draft = BindRule(rule, table);
            draft.Removal = Removal(rules!, rule);
            table.Rules.Add(draft);
        }

        return table;
    }

    private void BindHeaders(JsonArray? array, string childrenName, List<HeaderDraft> headers, int parent, int depth, ValueKind inheritedKind)
    {
        var isColumn = childrenName == "columns";
        foreach (var json in Objects(array, isColumn ? "column" : "row"))
        {
            var reader = isColumn
                ? new PropertyReader(json, "a column", _sink, TemplateVocabulary.Column)
                : new PropertyReader(json, "a row", _sink, TemplateVocabulary.Row);
            var id = reader.StringNode("id", required: true);
            var number = reader.StringNode("number");
            var label = reader.StringNode("label", required: true);
            var was = reader.StringNode("was");
            var header = new HeaderDraft
            {
                Was = was?.Value,
                WasSpan = was?.Span,
                Id = id?.Value ?? "",
                IdSpan = id?.Span ?? reader.ObjectStart,
                Number = number?.Value ?? "",
                NumberSpan = number?.Span,
                Label = label?.Value ?? "",
                LabelSpan = label?.Span,
                Parent = parent,
                Depth = depth,
                Kind = isColumn ? reader.Choice("kind", inheritedKind, Kinds) : ValueKind.Count,
                Unit = isColumn ? reader.String("unit") : null,
                Decimals = isColumn ? reader.NonNegativeInt("decimals") : null,
            };
            var index = headers.Count;
            headers.Add(header);
            var children = reader.Array(childrenName);
            header.IsGroup = children is not null;
            if (children is { Items.Count: 0 })
            {
                _sink.Warning(
                    TemplateProblemKind.EmptyGroup,
                    reader.Property(childrenName)!.NameSpan,
                    $"'{header.Id}' has an empty \"{childrenName}\" list, which makes it a group with no {childrenName} and no cells. Add its {childrenName}, or remove \"{childrenName}\" to make it a data {(isColumn ? "column" : "row")}.");
            }

            if (children is not null)
            {
                // Kind is inherited by the children; unit and decimals describe cells, which a group has none of.
                foreach (var cellProperty in new[] { "unit", "decimals" }.Select(reader.Property).Where(p => p is not null))
                {
                    _sink.Warning(
                        TemplateProblemKind.GroupCarriesData,
                        cellProperty!.NameSpan,
                        $"Column group '{header.Id}' has \"{cellProperty.Name}\", but a group has no cells of its own and its columns do not inherit it. Put \"{cellProperty.Name}\" on its data columns.");
                }
            }

            BindHeaders(children, childrenName, headers, index, depth + 1, header.Kind);
        }
    }

    private RuleDraft BindRule(JsonObject json, TableDraft table)
    {
        var reader = new PropertyReader(json, "a rule", _sink, TemplateVocabulary.Rule);
        var id = reader.StringNode("id", required: true);
        var rule = new RuleDraft
        {
            Id = id?.Value ?? "",
            IdSpan = id?.Span ?? reader.ObjectStart,
            Severity = reader.Choice("severity", RuleSeverity.Error, Severities),
            Message = reader.String("message", required: true) ?? "",
            Direction = reader.Choice("between", RuleDirection.BetweenRows, Directions, required: true),
            IsValid = id is not null && reader.Has("between"),
        };
        var equations = reader.Array("equations");
        if (equations is not null && TemplateVocabulary.Equation.FirstOrDefault(reader.Has) is { } inline)
        {
            // Both forms at once would leave one of them unchecked.
            _sink.Reject(
                rule,
                TemplateProblemKind.InvalidValue,
                reader.Property(inline)!.NameSpan,
                $"Rule '{rule.Id}' has both \"equations\" and \"{inline}\". Move every total or equation into \"equations\".");
        }

        if (equations is not null)
        {
            foreach (var equation in Objects(equations, "equation"))
            {
                var equationReader = new PropertyReader(equation, $"an equation of rule '{rule.Id}'", _sink, TemplateVocabulary.Equation);
                BindEquation(equationReader, rule);
            }
        }
        else
        {
            BindEquation(reader, rule);
        }

        if (rule.Equations.Count == 0)
        {
            rule.IsValid = false;
        }

        return rule;
    }

    private void BindEquation(PropertyReader reader, RuleDraft rule)
    {
        var equation = new EquationDraft();
        if ((reader.Has("total") || reader.Has("parts")) && (reader.Has("left") || reader.Has("right")))
        {
            var extra = reader.Property(reader.Has("left") ? "left" : "right")!;
            _sink.Reject(
                rule,
                TemplateProblemKind.InvalidValue,
                extra.NameSpan,
                $"Rule '{rule.Id}' states a total (\"total\", \"parts\") and an equation (\"left\", \"right\") at once. Keep one, or list both under \"equations\".");
            return;
        }

        if (reader.Has("total") || reader.Has("parts"))
        {
            equation.IsTotal = true;
            if (reader.StringNode("total", required: true) is { } total)
            {
                equation.Left.Add(Term(total));
            }

            Terms(reader.Array("parts", required: true), equation.Right, rule);
        }
        else if (reader.Has("left") || reader.Has("right"))
        {
            Terms(reader.Array("left", required: true), equation.Left, rule);
            Terms(reader.Array("right", required: true), equation.Right, rule);
        }
        else
        {
            _sink.Reject(
                rule,
                TemplateProblemKind.MissingProperty,
                reader.ObjectStart,
                $"Rule '{rule.Id}' states no equation; add \"total\" and \"parts\", \"left\" and \"right\", or \"equations\".");
            return;
        }

        if (equation.Left.Count == 0 || equation.Right.Count == 0)
        {
            rule.IsValid = false;
        }

        rule.Equations.Add(equation);
    }

    private void Terms(JsonArray? array, List<TermDraft> terms, RuleDraft rule)
    {
        if (array is null)
        {
            return;
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item is JsonString id)
            {
                terms.Add(Term(id));
            }
            else
            {
                _sink.Reject(rule, TemplateProblemKind.InvalidValue, item.Span, $"Each term of rule '{rule.Id}' must be the id of a {rule.TermNoun}, as a string.");
            }
        }
    }

    /// <summary>A term as written: "previous.CarriedForward" names a cell of the previous year's report (ids have no dots).</summary>
    private static TermDraft Term(JsonString id)
    {
        var dot = id.Value.IndexOf('.');
        return dot < 0
            ? new TermDraft { Id = id.Value, Span = id.Span }
            : new TermDraft { Report = id.Value.Substring(0, dot), Id = id.Value.Substring(dot + 1), Span = id.Span };
    }

    /// <summary>The text that removes <paramref name="item"/> from <paramref name="array"/>: with the comma before it, or after it when it is first.</summary>
    private static (int Start, int Length) Removal(JsonArray array, JsonNode item)
    {
        var at = IndexOf(array.Items, item);
        var start = at > 0 ? array.Items[at - 1].Span.End : item.Span.Start;
        var end = at == 0 && array.Items.Count > 1 ? array.Items[1].Span.Start : item.Span.End;
        return (start, end - start);
    }

    private static int IndexOf(IReadOnlyList<JsonNode> items, JsonNode item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private IEnumerable<JsonObject> Objects(JsonArray? array, string what)
    {
        if (array is null)
        {
            yield break;
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item is JsonObject json)
            {
                yield return json;
            }
            else if (item.Kind != JsonKind.Missing)
            {
                _sink.Error(TemplateProblemKind.InvalidValue, item.Span, $"Each {what} must be a JSON object.");
            }
        }
    }
}
