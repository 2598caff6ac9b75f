using System.Collections.Frozen;

namespace TextPipeline.Topics;

/// <summary>
/// The model's terms (ordinal order = vector slot) and how each is shown (its most common written form).
/// Built with document-frequency filters: terms in too few articles are noise, in too many are not topical.
/// </summary>
public sealed class TopicVocabulary
{
    private readonly FrozenDictionary<string, int> _slots;

    public TopicVocabulary(IReadOnlyList<string> keys, IReadOnlyList<string> display)
    {
        if (keys.Count != display.Count) throw new ArgumentException("keys and display forms differ in length", nameof(display));
        Keys = [.. keys];
        Display = [.. display];
        _slots = Keys.Select((k, i) => KeyValuePair.Create(k, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string[] Keys { get; }

    public string[] Display { get; }

    public int Count => Keys.Length;

    public bool TryGetSlot(string key, out int slot) => _slots.TryGetValue(key, out slot);

    public static TopicVocabulary Build(IReadOnlyList<List<TopicTerm>> documents, int minDocumentFrequency, double maxDocumentShare)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            seen.Clear();
            foreach (var term in document)
            {
                if (seen.Add(term.Key)) df[term.Key] = df.GetValueOrDefault(term.Key) + 1;
                if (!surfaces.TryGetValue(term.Key, out var forms)) surfaces[term.Key] = forms = new(StringComparer.Ordinal);
                forms[term.Surface] = forms.GetValueOrDefault(term.Surface) + 1;
            }
        }
        var maxDf = Math.Max(minDocumentFrequency, (int)Math.Floor(maxDocumentShare * documents.Count));
        var keys = df.Where(p => p.Value >= minDocumentFrequency && p.Value <= maxDf).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var display = keys.Select(k => surfaces[k].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key).ToArray();
        return new TopicVocabulary(keys, display);
    }

    /// <summary>Term counts of one article as a sparse vector: slot indices ascending, counts.</summary>
    public (int[] Slots, float[] Counts) Vectorize(IEnumerable<TopicTerm> terms)
    {
        var counts = new Dictionary<int, float>();
        foreach (var term in terms)
        {
            if (_slots.TryGetValue(term.Key, out var slot)) counts[slot] = counts.GetValueOrDefault(slot) + 1;
        }
        var slots = new int[counts.Count];
        counts.Keys.CopyTo(slots, 0);
        Array.Sort(slots);
        var values = new float[slots.Length];
        for (var i = 0; i < slots.Length; i++) values[i] = counts[slots[i]];
        return (slots, values);
    }
}
