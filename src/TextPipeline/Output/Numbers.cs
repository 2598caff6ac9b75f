using System.Globalization;

namespace TextPipeline.Output;

/// <summary>Scores are written rounded to 4 decimals, invariant culture, so outputs are stable across runs.</summary>
internal static class Numbers
{
    public static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 4, MidpointRounding.AwayFromZero) : 0;

    public static string Format(double value) => Round(value).ToString("0.####", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
