using TextPipeline.Text;
using TextPipeline.Tokenization;

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

    /// <summary>Token index of the first occurrence's first word.</summary>
    public int FirstToken { get; set; } = -1;

    /// <summary>Parts of speech of the first occurrence's words.</summary>
    public UPos[] Pos { get; set; } = [];

    /// <summary>How many sentences the phrase occurs in.</summary>
    public int SentenceCount { get; private set; }

    private int _lastSentence = -1;

    /// <summary>Some occurrence starts with a capital letter away from the start of its sentence.</summary>
    public bool CapitalisedInside { get; set; }

    /// <summary>Some occurrence is written all in lower case.</summary>
    public bool LowerCaseSeen { get; set; }

    /// <summary>Counts the sentence of an occurrence (once per sentence).</summary>
    public void SeenIn(int sentence)
    {
        if (sentence == _lastSentence) return;
        _lastSentence = sentence;
        SentenceCount++;
    }

    /// <summary>Dropped in favour of a longer phrase it nearly always occurs in.</summary>
    public bool Subsumed { get; set; }
}
