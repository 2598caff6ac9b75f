using TextPipeline.Keyphrases;

namespace TextPipeline.Subjects;

/// <summary>
/// Keyword evidence for Media Topics: how often an article names each topic (<see cref="SubjectPhrases"/>), a title
/// occurrence counting <see cref="TitleWeight"/> times. Phrases are matched on lower-case words, through an index by
/// first word. Built once from the topics; immutable and thread-safe.
/// </summary>
public sealed class SubjectKeywords
{
    public const int TitleWeight = 3;

    private readonly Dictionary<string, List<(string Code, string[] Phrase)>> _byFirstStem = new(StringComparer.Ordinal);

    public SubjectKeywords(MediaTopics topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        foreach (var (code, phrases) in SubjectPhrases.Build(topics))
        {
            foreach (var phrase in phrases)
            {
                if (!_byFirstStem.TryGetValue(phrase[0], out var list)) _byFirstStem[phrase[0]] = list = [];
                list.Add((code, phrase));
            }
        }
    }

    /// <summary>A text's lower-case words, as <see cref="Count"/> reads them.</summary>
    public static List<string> Words(string? text) => text is null ? [] : [.. PorterStemmer.Words(text)];

    /// <summary>Weighted occurrences of each named topic (title words × <see cref="TitleWeight"/> + body words).</summary>
    public Dictionary<string, int> Count(IReadOnlyList<string> titleWords, IReadOnlyList<string> bodyWords)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        ArgumentNullException.ThrowIfNull(bodyWords);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, titleWords, TitleWeight);
        Add(counts, bodyWords, 1);
        return counts;
    }

    private void Add(Dictionary<string, int> counts, IReadOnlyList<string> words, int weight)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (code, phrase) in candidates)
            {
                if (i + phrase.Length > words.Count) continue;
                var match = true;
                for (var k = 1; k < phrase.Length && match; k++) match = words[i + k] == phrase[k];
                if (match) counts[code] = counts.GetValueOrDefault(code) + weight;
            }
        }
    }
}
