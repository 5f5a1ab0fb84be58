using System.CommandLine;
using System.CommandLine.Parsing;
using TemplateGen.Templates.Binding;

namespace TemplateGen.Sample.Input;

/// <summary>
/// A token that looks like an option but is none (<c>--jsn</c>) would otherwise be taken for a file name and the check
/// would run without it: it is a usage error naming the nearest option, unless a file or folder of that name exists.
/// </summary>
internal static class UnknownOptions
{
    public static void Check(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length < 2 || value[0] != '-' || File.Exists(value) || Directory.Exists(value))
            {
                continue;
            }

            var command = (result.Parent as CommandResult)?.Command;
            var options = command?.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).Distinct().ToList() ?? new List<string>();
            var nearest = NameSuggester.Nearest(value, options);
            var suggestion = nearest is null ? "." : $"; did you mean '{nearest}'?";
            result.AddError($"'{value}' is not an option of '{command?.Name}'{suggestion} Its options: {string.Join(", ", options)}.");
        }
    }
}
