using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace KhorasanWatch.Cli;

/// <summary>
/// The parser's errors in the style of every other kwatch message — one line, naming the option
/// and what it takes — with "did you mean" for a misspelt verb or option.
/// </summary>
internal static partial class ParseErrors
{
    public static string Describe(ParseResult parsed, RootCommand root)
    {
        var command = parsed.CommandResult.Command;
        var messages = new List<string>();
        var unmatched = parsed.UnmatchedTokens.ToList();
        if (command == root && unmatched.FirstOrDefault(t => !t.StartsWith('-')) is { } verb)
        {
            var verbs = root.Subcommands.Select(c => c.Name).ToList();
            messages.Add($"unknown verb '{verb}'{Suggest(verb, verbs)} (the verbs: {string.Join(", ", verbs)})");
            unmatched.Clear();
        }

        if (command != root && command.Subcommands.Count > 0 && unmatched.FirstOrDefault(t => !t.StartsWith('-')) is { } sub)
        {
            var verbs = command.Subcommands.Select(c => c.Name).ToList();
            messages.Add($"unknown verb '{Path(command)} {sub}'{Suggest(sub, verbs)} (the verbs of {Path(command)}: {string.Join(", ", verbs)})");
            unmatched.Remove(sub);
        }

        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (token.StartsWith('-'))
            {
                messages.Add(UnknownOption(token, command, root));
                if (i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-'))
                {
                    i++; // The unknown option's value, most likely: not a second mistake.
                }
            }
            else
            {
                messages.Add($"unexpected argument '{token}' for {Path(command)}");
            }
        }

        foreach (var error in parsed.Errors)
        {
            if (error.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
            {
                continue; // Said above, with a suggestion.
            }

            if (error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            {
                if (messages.Count == 0)
                {
                    messages.Add($"no verb given (the verbs: {string.Join(", ", root.Subcommands.Select(c => c.Name))})");
                }

                continue;
            }

            var option = Option(error.SymbolResult);
            if (NotAllowed().Match(error.Message) is { Success: true } m && option is not null)
            {
                var allowed = Allowed().Matches(m.Groups[2].Value).Select(a => a.Groups[1].Value);
                messages.Add($"{option} must be one of {string.Join(", ", allowed)}, not '{m.Groups[1].Value}'");
                continue;
            }

            var text = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
            messages.Add(option is null || text.Contains(option, StringComparison.Ordinal) ? text : $"{option}: {text}");
        }

        var help = command is RootCommand ? "kwatch --help" : $"kwatch {Path(command)} --help";
        return $"{string.Join("; ", messages.Distinct())} (see {help})";
    }

    /// <summary>The closest name within a small edit distance (a transposition counts one), as " (did you mean 'x'?)", else nothing.</summary>
    internal static string Suggest(string typed, IEnumerable<string> names)
    {
        var best = names.Select(n => (Name: n, Distance: Distance(typed.ToLowerInvariant(), n.ToLowerInvariant()))).MinBy(c => c.Distance);
        var bound = typed.TrimStart('-').Length <= 4 ? 1 : 2;
        return best.Name is not null && best.Distance <= bound ? $" (did you mean '{best.Name}'?)" : "";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>"unknown option '--sorce' for ingest; did you mean '--source'?": among the command's options and the root's recursive ones (--db).</summary>
    public static string UnknownOption(string token, Command command, Command? root = null)
    {
        var top = root ?? command.Parents.OfType<Command>().LastOrDefault();
        var options = command.Options.Concat(top?.Options.Where(o => o.Recursive) ?? []).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-'));
        return $"unknown option '{token}' for {Path(command)}{Suggest(token, options)}";
    }

    private static string? Option(SymbolResult? result) => result switch
    {
        OptionResult o => o.Option.Name,
        ArgumentResult { Parent: OptionResult o } => o.Option.Name,
        ArgumentResult a => a.Argument.Name,
        _ => null,
    };

    private static string Path(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && s is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return names.Count == 0 ? "kwatch" : string.Join(' ', names);
    }

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Allowed();
}
