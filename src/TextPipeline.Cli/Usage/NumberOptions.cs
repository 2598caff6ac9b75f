using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TextPipeline.Cli.Usage;

/// <summary>
/// Numbers on the command line: parsed with the invariant culture and checked against their range in one step, so a
/// bad value (<c>--tags abc</c>, <c>--jobs 0</c>) is a one-line usage error naming the option, never an exception
/// (a validator that reads a value which did not parse throws).
/// </summary>
internal static class NumberOptions
{
    /// <summary>Makes <paramref name="option"/> accept whole numbers from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max = int.MaxValue)
    {
        option.CustomParser = r => ParseWhole(r, option.Name, min, max) is { } v ? (int)v : 0;
        return option;
    }

    /// <inheritdoc cref="InRange(Option{int}, int, int)"/>
    public static Option<int?> InRange(this Option<int?> option, int min, int max = int.MaxValue)
    {
        option.CustomParser = r => ParseWhole(r, option.Name, min, max) is { } v ? (int)v : null;
        return option;
    }

    /// <inheritdoc cref="InRange(Option{int}, int, int)"/>
    public static Option<long> InRange(this Option<long> option, long min, long max = long.MaxValue)
    {
        option.CustomParser = r => ParseWhole(r, option.Name, min, max) ?? 0;
        return option;
    }

    /// <summary>Makes <paramref name="option"/> accept numbers above <paramref name="above"/> and at most <paramref name="max"/>.</summary>
    public static Option<double?> InRange(this Option<double?> option, double above, double max)
    {
        option.CustomParser = r =>
        {
            var text = Single(r);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                r.AddError($"{option.Name} expects a number such as 0.2, not '{text}'.");
                return null;
            }
            if (v <= above || v > max)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be above {above} and at most {max}, not {text}."));
                return null;
            }
            return v;
        };
        return option;
    }

    /// <summary>Makes <paramref name="option"/> accept numbers from <paramref name="min"/> to <paramref name="max"/> (both included).</summary>
    public static Option<double> InClosedRange(this Option<double> option, double min, double max)
    {
        option.CustomParser = r =>
        {
            var text = Single(r);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                r.AddError($"{option.Name} expects a number such as 0.5, not '{text}'.");
                return 0;
            }
            if (v < min || v > max)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be from {min} to {max}, not {text}."));
                return 0;
            }
            return v;
        };
        return option;
    }

    private static long? ParseWhole(ArgumentResult r, string name, long min, long max)
    {
        var text = Single(r);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            r.AddError($"{name} expects a whole number, not '{text}'.");
            return null;
        }
        if (v < min || v > max)
        {
            r.AddError(max == long.MaxValue || max == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {min}, not {text}.")
                : string.Create(CultureInfo.InvariantCulture, $"{name} must be from {min} to {max}, not {text}."));
            return null;
        }
        return v;
    }

    // The parser calls a custom parser only when the option has a value; an option given twice keeps the last one.
    private static string Single(ArgumentResult r) => r.Tokens.Count == 0 ? "" : r.Tokens[^1].Value;
}
