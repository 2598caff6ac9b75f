using System.Collections.Immutable;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// The IOB2 label set of a model: "O" first, then B-/I- pairs per entity type, in the order of <see cref="Types"/>.
/// Label index 0 is O; type t has B = 1 + 2t and I = 2 + 2t.
/// </summary>
internal sealed class NerLabels
{
    public NerLabels(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        var names = ImmutableArray.CreateBuilder<string>(1 + 2 * Types.Length);
        names.Add("O");
        foreach (var t in Types)
        {
            names.Add("B-" + t);
            names.Add("I-" + t);
        }
        Names = names.MoveToImmutable();
    }

    public ImmutableArray<string> Types { get; }

    public ImmutableArray<string> Names { get; }

    public int Count => Names.Length;

    public static bool IsBegin(int label) => label > 0 && (label & 1) == 1;

    public static bool IsInside(int label) => label > 0 && (label & 1) == 0;

    /// <summary>Index of the entity type of a B-/I- label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) >> 1;

    /// <summary>Index of an IOB2 tag name, or 0 (O) when the tag or its type is unknown.</summary>
    public int IndexOf(string tag)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], tag, StringComparison.Ordinal)) return i;
        }
        return 0;
    }

    /// <summary>True when label <paramref name="next"/> may follow <paramref name="previous"/> in IOB2 (-1 = sentence start).</summary>
    public static bool IsAllowed(int previous, int next) =>
        !IsInside(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));
}
