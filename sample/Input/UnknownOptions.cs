using System.CommandLine;
using System.CommandLine.Parsing;
using TemplateGen.Templates.Binding;
using TemplateGen.Sample.Resources;

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
            var suggestion = nearest is null ? Strings.Usage_Stop : Localized.Format(Strings.Usage_DidYouMean, nearest);
            result.AddError(Localized.Format(Strings.Usage_NotAnOption, value, command?.Name, suggestion, string.Join(", ", options)));
        }
    }
}
