using TextPipeline.Entities.Gazetteers;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// First step of the entity stage: names found in one tokenized article, sentence by sentence, by the NER model (with
/// a confidence per mention), by the site's own list where the model found nothing, and demonyms ("North Korean")
/// that count for their country without being mentions.
/// </summary>
internal static class MentionRecognizer
{
    public static (List<EntityMention> Mentions, List<(TextSpan Span, GazetteerEntry Entry)> Demonyms) Recognize(
        Document document, EntityResources resources, CancellationToken cancellationToken)
    {
        var mentions = new List<EntityMention>();
        var demonyms = new List<(TextSpan Span, GazetteerEntry Entry)>();
        var truecaser = resources.Model is null ? null : new DocumentTruecaser(document, resources.Model.Lexicon, resources.Shipped);
        var profile = resources.Model is { Settings.UseDocumentCase: true } ? DocumentCaseProfile.Build(SentenceWords(document)) : null;
        var sentenceMentions = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentenceMentions.Clear();
            var tokens = document.TokensOf(sentence);
            var words = new string[tokens.Length];
            for (var i = 0; i < tokens.Length; i++) words[i] = document.StringOf(tokens[i]);
            // UPOS names only for a model that uses them (enum names cost time on every token).
            string[]? pos = null;
            if (resources.Model is { Settings.UsePos: true })
            {
                pos = new string[tokens.Length];
                for (var i = 0; i < tokens.Length; i++) pos[i] = tokens[i].Pos.ToString();
            }
            if (resources.Model is { } model && tokens.Length > 0)
            {
                TagWithModel(document, sentence, words, pos, model, resources.Tagger, truecaser!, profile, resources.Shipped, demonyms, sentenceMentions);
            }
            // Names from the user's list, and (without a model) from the shipped list, where nothing else was found.
            if (resources.Model is not null) ExtendToListedNames(document, sentence, words, resources.Lookup, sentenceMentions);
            var forced = resources.User ?? (resources.Model is null ? resources.Shipped : null);
            if (forced is not null)
            {
                foreach (var m in forced.FindMatches(words))
                {
                    if (m.Entry.Type is "DEM") continue;
                    var span = SpanOf(tokens, m.Start, m.Start + m.Length);
                    if (sentenceMentions.Exists(x => x.Span.OverlapsWith(span))) continue;
                    var entry = resources.User is null ? null : m.Entry;
                    sentenceMentions.Add(Make(document, sentence, words, m.Start, m.Start + m.Length, m.Entry.Type, 1, entry));
                }
            }
            foreach (var m in resources.Shipped.Demonyms.FindMatches(words))
            {
                var span = SpanOf(tokens, m.Start, m.Start + m.Length);
                if (!sentenceMentions.Exists(x => x.Span.OverlapsWith(span)) && !demonyms.Exists(d => d.Span.OverlapsWith(span))) demonyms.Add((span, m.Entry));
            }
            sentenceMentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            mentions.AddRange(sentenceMentions);
        }
        return (mentions, demonyms);
    }

    private static void TagWithModel(
        Document document, Sentence sentence, string[] words, string[]? pos, NerModel model, TextAnalyzer? tagger, DocumentTruecaser truecaser, DocumentCaseProfile? profile, Gazetteer shipped,
        List<(TextSpan Span, GazetteerEntry Entry)> demonyms, List<EntityMention> found)
    {
        var tokens = document.TokensOf(sentence);
        // A document tokenized without the tagger has only X; a POS-feature model then tags the words itself.
        IReadOnlyList<string>? posTags = model.Settings.UsePos && AllUntagged(tokens) && tagger is not null ? NerTagger.PosOf(words, tagger) : pos;
        var modelWords = truecaser.ForModel(words, out var madeNames);
        var c = model.Labels.Count;
        var logProbs = new float[words.Length * c];
        model.Score(modelWords, posTags, logProbs, profile);
        var labels = new int[words.Length];
        BioViterbi.Decode(logProbs, c, labels);
        var lowerCaseSentence = IsLowerCaseSentence(words);
        foreach (var (labelled, end, type) in EntityExtractor.Spans(labels, model.Labels))
        {
            // A lower-case article is not part of a name ("the United States" is United States; "The Hague" keeps its capital).
            var start = labelled;
            while (start < end - 1 && words[start] == "the") start++;
            // In edited text a name has a capital letter; all-lower-case sentences (web comments) are exempt.
            if (!lowerCaseSentence && !HasCapital(words, start, end) && !(madeNames is not null && madeNames[start])) continue;
            if (CompassAdjectives.IsLoneCompassAdjective(words.AsSpan(start, end - start))) continue;
            var confidence = 0.0;
            for (var i = start; i < end; i++) confidence += MathF.Exp(logProbs[i * c + labels[i]]);
            confidence /= end - start;
            // In lower-case text, or over words the truecaser made names, a lower-case word may end a name ("san francisco").
            var mention = Make(document, sentence, words, start, end, type, confidence, null, lowerCaseSentence || madeNames is not null && madeNames[end - 1]);
            // "South" + "African": a mention that is the start of a demonym is that demonym.
            if (end < words.Length && IsDemonym(mention.Surface + " " + words[end], shipped) is { } longer)
            {
                demonyms.Add((SpanOf(tokens, start, end + 1), longer));
                continue;
            }
            if (mention.Words.Count == 1 && IsDemonym(mention.Surface, shipped) is { } demonym)
            {
                // "North Korean" tagged as a place still counts for North Korea, not as a LOC mention of its own.
                demonyms.Add((mention.Span, demonym));
                continue;
            }
            if (mention.Words.Count > 1 && IsDemonym(mention.Surface, shipped) is { } multiWordDemonym)
            {
                demonyms.Add((mention.Span, multiWordDemonym));
                continue;
            }
            found.Add(mention);
        }
    }

    /// <summary>
    /// A mention that covers only part of a listed name of several words written out in full ("Crystal" of "Crystal
    /// Palace", "Geneva" of "Geneva Motor Show") grows to the whole listed name.
    /// </summary>
    private static void ExtendToListedNames(Document document, Sentence sentence, string[] words, Gazetteer lookup, List<EntityMention> mentions)
    {
        if (mentions.Count == 0) return;
        foreach (var match in lookup.FindMatches(words))
        {
            if (match.Length < 2 || match.Entry.Type is "DEM" or "NORP") continue;
            var first = sentence.FirstToken + match.Start;
            var end = first + match.Length;
            var inside = mentions.FindAll(m => m.FirstToken < end && first < m.EndToken);
            if (inside.Count == 0 || inside.Exists(m => m.FirstToken < first || m.EndToken > end) || inside.Exists(m => m.FirstToken == first && m.EndToken == end)) continue;
            var grown = Make(document, sentence, words, match.Start, match.Start + match.Length, inside[0].Type, inside.Min(m => m.Confidence), null);
            if (grown.EndToken != end) continue;
            mentions.RemoveAll(inside.Contains);
            mentions.Add(grown);
        }
    }

    private static IEnumerable<IReadOnlyList<string>> SentenceWords(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            var words = new string[tokens.Length];
            for (var i = 0; i < tokens.Length; i++) words[i] = document.StringOf(tokens[i]);
            yield return words;
        }
    }

    private static GazetteerEntry? IsDemonym(string surface, Gazetteer shipped)
    {
        foreach (var e in shipped.FindAll(surface))
        {
            if (e.Type == "DEM") return e;
        }
        return null;
    }

    private static bool IsLowerCaseSentence(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            foreach (var ch in words[i])
            {
                if (char.IsUpper(ch)) return false;
            }
        }
        return true;
    }

    private static bool HasCapital(string[] words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            foreach (var ch in words[i])
            {
                if (char.IsUpper(ch)) return true;
            }
        }
        return false;
    }

    private static bool AllUntagged(ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Pos != UPos.X) return false;
        }
        return true;
    }

    /// <summary>
    /// A mention over sentence words [start, end): a possessive, a trailing function word or a trailing common noun
    /// ("Labour government") never belongs to the name; "party" does ("Labour party"), and so does any word where names
    /// are written in lower case (<paramref name="lowerCaseNames"/>).
    /// </summary>
    internal static EntityMention Make(
        Document document, Sentence sentence, string[] words, int start, int end, string type, double confidence, GazetteerEntry? entry, bool lowerCaseNames = false)
    {
        while (end - start > 1 && (words[end - 1] is "'" or "’" or "," or "." or "of" or "the" or "and" or "for" or "-" or "&"
               || words[end - 1] is "'s" or "’s" && !IsNamePossessive(words, end, type)
               || entry is null && !lowerCaseNames && IsTrailingCommonWord(words[end - 1]))) end--;
        if (end < words.Length && words[end] is "'s" or "’s" && entry is null && IsNamePossessive(words, end + 1, type)) end++;
        var tokens = document.TokensOf(sentence);
        var span = SpanOf(tokens, start, end);
        var nameWords = words[start..end];
        // "SEC." at the end of a sentence: the full stop is not part of the abbreviation.
        if (nameWords[^1] is { Length: > 2 } lastWord && lastWord[^1] == '.' && lastWord.IndexOf('.') == lastWord.Length - 1 && lastWord[..^1].All(char.IsUpper))
        {
            span = TextSpan.FromBounds(span.Start, span.End - 1);
            nameWords[^1] = lastWord[..^1];
        }
        return new EntityMention(span, entry?.Type is { } t && t != "DEM" ? t : type, document.Text.ToString(span), nameWords, entry)
        {
            Confidence = confidence,
            FirstToken = sentence.FirstToken + start,
            EndToken = sentence.FirstToken + end,
        };
    }

    /// <summary>
    /// "dinner at Del Frisco's.", "lunch at Wendy's with friends": a shop or firm named with a possessive keeps its "'s"
    /// when nothing it could possess follows (end of sentence, punctuation, a preposition, a verb), as CoNLL and UNER mark them;
    /// the article's other mentions may still show it is a possessive (NamePropagation).
    /// </summary>
    private static bool IsNamePossessive(string[] words, int end, string type)
    {
        if (type is not ("ORG" or "LOC")) return false;
        if (end >= words.Length) return true;
        var next = words[end];
        return next is "." or "," or "!" or "?" or ";" or ":" or "\"" or "”" || next is "and" or "or" or "in" or "on" or "at" or "to" or "for" or "with" or "is" or "was" or "are"
            or "has" or "had";
    }

    private static bool IsTrailingCommonWord(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && word.All(char.IsLetter) && word is not ("party" or "plc" or "de" or "da" or "von" or "van" or "del" or "la" or "le");

    private static TextSpan SpanOf(ReadOnlySpan<Token> tokens, int start, int end) =>
        TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
}
