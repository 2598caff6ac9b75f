using System.Collections.Frozen;

namespace TextPipeline.Keyphrases;

/// <summary>
/// English function words, used when a token carries no stop-word flag or part of speech (an untagged document)
/// and to keep reporting verbs and pronouns out of keyphrases and sentence vectors.
/// </summary>
internal static class FunctionWords
{
    private static readonly FrozenSet<string> s_words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
        "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may",
        "me", "might", "mine", "more", "most", "mr", "mrs", "ms", "much", "must", "my", "myself", "never", "new", "no",
        "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "per", "put", "rather", "said", "same", "say", "says", "see", "seen", "she", "should",
        "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "though", "through", "thus", "to", "told", "too", "two", "under",
        "until", "up", "upon", "us", "very", "was", "way", "we", "well", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year", "years",
        "yes", "yet", "you", "your", "yours", "yourself", "yourselves", "get", "got", "go", "going", "went", "come",
        "came", "take", "took", "including", "around", "among", "across", "via", "etc", "according", "another", "s",
        "t", "d", "ll", "re", "ve", "m", "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "won", "wouldn",
        "couldn", "shouldn", "hasn", "haven", "hadn", "three", "first", "second", "time", "times", "something",
        "anything", "nothing", "everything", "someone", "anyone", "everyone", "thing", "things", "lot", "lots",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "week", "weeks", "day", "days", "month", "months", "people", "part", "use", "used", "able", "back", "good",
        "great", "big", "small", "high", "low", "long", "old", "next", "early", "late", "latest", "recent", "recently",
    ]);

    public static bool Contains(string lowerWord) => s_words.Contains(lowerWord);
}
