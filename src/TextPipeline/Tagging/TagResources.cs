using TextPipeline.Subjects;

namespace TextPipeline.Tagging;

/// <summary>
/// What the tag ranker reads besides the article: the site's vocabulary, the Media Topics (a keyphrase that names one,
/// such as "price" or "unemployment", becomes that subject, with its label and code) and the usual letter case of
/// words. All explicit and immutable, loaded once per run, so an article's tags depend on these and the article alone.
/// </summary>
internal sealed record TagResources(Vocabulary Vocabulary, MediaTopics? Topics, TagNameForms Forms)
{
    public static TagResources Empty { get; } = new(Vocabulary.Empty, null, TagNameForms.Empty);

    private readonly Lazy<Dictionary<string, MediaTopic>> _topicByKey = new(() => IndexTopics(Topics));

    /// <summary>The Media Topic (below the top level) whose label has this match key, if any.</summary>
    public MediaTopic? TopicNamed(string key) => _topicByKey.Value.GetValueOrDefault(key);

    private static Dictionary<string, MediaTopic> IndexTopics(MediaTopics? topics)
    {
        var byKey = new Dictionary<string, MediaTopic>(StringComparer.Ordinal);
        if (topics is null) return byKey;
        foreach (var t in topics.All)
        {
            if (t.Parent is null || SubjectPhrases.IsCommonWordLabel(t.Code)) continue;
            byKey.TryAdd(Vocabulary.Key(t.Label), t);
        }
        return byKey;
    }
}
