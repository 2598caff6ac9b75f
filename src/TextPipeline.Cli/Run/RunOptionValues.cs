using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace TextPipeline.Cli.Run;

/// <summary>
/// The value of each <c>run</c> option: given on the command line, else from the configuration file's <c>run</c>
/// object, else the option's default. Values from the file are checked as the command line checks them; problems
/// are collected (TP7005 lines) and keys never asked for are reported as unknown.
/// </summary>
internal sealed class RunOptionValues(ParseResult parseResult, RunConfig config)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    /// <summary>Problems in the file, including keys that are no option of <c>run</c>.</summary>
    public IReadOnlyList<string> Problems =>
        [.. _problems, .. config.RunKeys.Where(k => !_known.Contains(k)).Select(k => Problem($"unknown run option '{k}' (known: {string.Join(", ", _known.Order(StringComparer.Ordinal))})"))];

    public int Int(Option<int> option, string key, int min, int max = int.MaxValue) =>
        FromFile(option, key, out var e) && Whole(e, key, min, max) is { } v ? (int)v : parseResult.GetValue(option);

    public int? Int(Option<int?> option, string key, int min, int max = int.MaxValue) =>
        FromFile(option, key, out var e) ? (e.ValueKind == JsonValueKind.Null ? null : (int?)Whole(e, key, min, max)) : parseResult.GetValue(option);

    public long Long(Option<long> option, string key, long min) =>
        FromFile(option, key, out var e) && Whole(e, key, min, long.MaxValue) is { } v ? v : parseResult.GetValue(option);

    public double? Ratio(Option<double?> option, string key)
    {
        if (!FromFile(option, key, out var e)) return parseResult.GetValue(option);
        if (e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var v) && v is > 0 and <= 1) return v;
        _problems.Add(Problem($"run.{key} must be a number above 0 and at most 1"));
        return null;
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public double Double(Option<double> option, string key, double min, double max)
    {
        if (!FromFile(option, key, out var e)) return parseResult.GetValue(option);
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var v) && v >= min && v <= max) return v;
        _problems.Add(Problem(string.Create(CultureInfo.InvariantCulture, $"run.{key} must be a number from {min} to {max}")));
        return parseResult.GetValue(option);
    }

    /// <summary>One of <paramref name="allowed"/> (the option's own check covers the command line).</summary>
    public string Choice(Option<string> option, string key, params string[] allowed)
    {
        if (!FromFile(option, key, out var e)) return parseResult.GetValue(option) ?? allowed[0];
        if (e.ValueKind == JsonValueKind.String && e.GetString() is { } text && allowed.Contains(text, StringComparer.Ordinal)) return text;
        _problems.Add(Problem($"run.{key} must be one of {string.Join(", ", allowed)}"));
        return allowed[0];
    }

    public bool Flag(Option<bool> option, string key)
    {
        if (!FromFile(option, key, out var e)) return parseResult.GetValue(option);
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        _problems.Add(Problem($"run.{key} must be true or false"));
        return false;
    }

    /// <summary>A string option (a path when <paramref name="isPath"/>: relative to the file's folder, and it must exist).</summary>
    public string? Text(Option<string?> option, string key, bool isPath, bool mustExist = true)
    {
        if (!FromFile(option, key, out var e)) return parseResult.GetValue(option);
        if (e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind != JsonValueKind.String || e.GetString() is not { Length: > 0 } text)
        {
            _problems.Add(Problem($"run.{key} must be a non-empty string"));
            return null;
        }
        if (!isPath) return text;
        var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.Path!))!, text);
        if (mustExist && !File.Exists(full) && !Directory.Exists(full)) _problems.Add(Problem($"run.{key}: file not found: {full}"));
        return full;
    }

    /// <summary><c>topics</c>: "auto" or a number from 2 to 500 (a JSON number or string).</summary>
    public string Topics(Option<string> option, string key)
    {
        if (!FromFile(option, key, out var e)) return parseResult.GetValue(option) ?? "auto";
        var text = e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (Commands.TopicCountOption.Parse(text) is null || text is null)
        {
            _problems.Add(Problem($"run.{key} must be \"auto\" or a number from 2 to 500"));
            return "auto";
        }
        return text;
    }

    private bool FromFile(Option option, string key, out JsonElement value)
    {
        _known.Add(key);
        value = default;
        if (parseResult.GetResult(option) is { Implicit: false }) return false; // the command line wins
        return config.TryGet(key, out value);
    }

    private long? Whole(JsonElement e, string key, long min, long max)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var v) && v >= min && v <= max) return v;
        _problems.Add(Problem(max >= int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"run.{key} must be a whole number of at least {min}")
            : string.Create(CultureInfo.InvariantCulture, $"run.{key} must be a whole number from {min} to {max}")));
        return null;
    }

    private string Problem(string message) => RunConfig.Problem(config.Path ?? "", message);
}
