namespace TextPipeline.Lexicon.Training;

/// <summary>x·ln x for every count up to a bound, so the clustering objective needs table look-ups, not logarithms.</summary>
internal sealed class XLogXTable
{
    private readonly double[] _values;

    public XLogXTable(long maxCount)
    {
        if (maxCount >= int.MaxValue) throw new ArgumentOutOfRangeException(nameof(maxCount), "Too many bigrams for one table.");
        _values = new double[maxCount + 1];
        for (var x = 1; x <= maxCount; x++) _values[x] = x * Math.Log(x);
    }

    public double this[int count] => _values[count];

    public double this[long count] => _values[count];

    public ReadOnlySpan<double> Values => _values;
}
