using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace TextPipeline.Cli.Usage;

/// <summary>
/// What is wrong with a command line, and how it is shown: one line per problem, then the command's usage, on stderr,
/// exit code 1, before any command runs (so a usage mistake never touches an output).
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// The parser's errors, plus every token that looks like an option but is none of the command's: System.CommandLine
    /// hands such tokens (<c>--quiet</c>, <c>-v</c>) to a command's arguments, so <c>run in --quiet</c> would read
    /// "--quiet" as an input path. After <c>--</c> every token is an argument, as usual.
    /// </summary>
    public static IReadOnlyList<string> Of(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var errors = parseResult.Errors.Select(e => e.Message).ToList();
        var tokens = parseResult.Tokens;
        var endOfOptions = IndexOf(tokens, t => t.Type == TokenType.DoubleDash);
        foreach (var argument in parseResult.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (!LooksLikeOption(token.Value)) continue;
                var at = IndexOf(tokens, t => ReferenceEquals(t, token));
                if (endOfOptions >= 0 && at > endOfOptions) continue;
                errors.Add($"Unknown option '{token.Value}' for '{CommandPath(parseResult.CommandResult)}' (see --help; a path that starts with '-' goes after '--').");
            }
        }
        return errors;
    }

    /// <summary>Writes the problems and the usage of the command they belong to.</summary>
    public static void Write(ParseResult parseResult, IReadOnlyList<string> errors, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var e in errors) error.WriteLine($"textpipeline: error: {e}");
        var path = CommandPath(parseResult.CommandResult);
        foreach (var line in UsageLines(parseResult.RootCommandResult.Command, path)) error.WriteLine(line);
        error.WriteLine($"Run '{path} --help' for every option.");
    }

    /// <summary>The "Usage:" section of the command's help.</summary>
    private static IEnumerable<string> UsageLines(Command root, string path)
    {
        var help = new StringWriter();
        var words = path.Split(' ').Skip(1).Append("--help").ToArray();
        root.Parse(words).Invoke(new InvocationConfiguration { Output = help, Error = TextWriter.Null });
        var inUsage = false;
        foreach (var line in help.ToString().Split('\n'))
        {
            if (line.StartsWith("Usage:", StringComparison.Ordinal)) inUsage = true;
            else if (inUsage && line.Trim().Length == 0) yield break;
            // The help names the running executable (a test host, in tests); users know the tool by its name.
            if (inUsage) yield return line.TrimEnd('\r').Replace("  " + RootCommand.ExecutableName + " ", "  textpipeline ", StringComparison.Ordinal);
        }
    }

    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
        {
            if (r is CommandResult c) names.Add(c.Command is RootCommand ? "textpipeline" : c.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i])) return i;
        }
        return -1;
    }
}
