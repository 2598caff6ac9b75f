using TextPipeline.Text;

namespace TextPipeline.Keyphrases;

/// <summary>
/// One distinct candidate phrase of an article: its words' keys (lemmas), the Porter-stemmed key that merges
/// inflections ("sanction"/"sanctions"), its first occurrence and how often it occurs. The stem also merges parts of
/// speech ("align"/"alignment", "economic"/"economy"): once a noun occurrence is seen, the candidate shows that one.
/// </summary>
internal sealed class KeyphraseCandidate(string[] words, string stemKey, TextSpan first, int firstSentence)
{
    public string[] Words { get; } = words;

    public string StemKey { get; } = stemKey;

    public TextSpan First { get; private set; } = first;

    public int FirstSentence { get; private set; } = firstSentence;

    public int Count { get; set; }

    /// <summary>True when some occurrence is an entity mention or a run of proper nouns.</summary>
    public bool IsName { get; set; }

    public double Raw { get; set; }

    /// <summary>Only ever seen as a verb, adverb or adjective, never inside a noun phrase.</summary>
    public bool NotNoun { get; set; }

    /// <summary>Shows the candidate by its first noun occurrence ("alignment", not the verb "align"): tags name things.</summary>
    public void UseNounOccurrence(TextSpan first, int firstSentence)
    {
        First = first;
        FirstSentence = firstSentence;
        NotNoun = false;
    }

    /// <summary>Dropped in favour of a longer phrase it nearly always occurs in.</summary>
    public bool Subsumed { get; set; }
}
