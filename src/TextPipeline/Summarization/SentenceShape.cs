using System.Collections.Frozen;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Summarization;

/// <summary>
/// What a summary may use: full declarative body sentences. Headings, captions, bylines, questions, exclamations,
/// calls to the reader, fragments and shouting are left out. Also knows which openers need their antecedent.
/// </summary>
internal static class SentenceShape
{
    public const int MinWords = 6;

    private static readonly FrozenSet<string> s_danglingOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "he", "she", "it", "they", "this", "these", "those", "his", "her", "its", "their", "him", "them", "however",
        "but", "and", "also", "meanwhile", "yet", "so", "still", "moreover", "furthermore", "instead", "then", "thus",
        "therefore", "nevertheless", "nonetheless", "besides", "additionally", "likewise", "similarly", "otherwise",
        "such", "that", "or", "nor", "hence", "consequently", "indeed", "later", "afterwards", "here",
    ]);

    private static readonly FrozenSet<string> s_chatterOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "hey", "hi", "hello", "wow", "ok", "okay", "click", "subscribe", "follow", "share", "sign", "scroll", "watch",
        "read", "like", "comment", "download", "join", "check", "tap", "swipe", "please", "thanks", "lol", "think",
        "imagine", "remember", "picture", "consider", "buckle", "stay", "let",
    ]);

    /// <summary>Words that talk to the reader ("you", "let's"): chatter unless inside a quotation.</summary>
    private static readonly FrozenSet<string> s_readerWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "you", "your", "yours", "yourself", "guys", "folks", "let s", "we re", "we ll",
    ]);

    private static readonly string[] s_captionMarks =
    [
        "(pictured", "(left", "(right", "(centre", "(center", "(above", "(below", "(file photo", "(inset", "(top",
        "(bottom", "PUBLISHED:", "UPDATED:", "Photo:", "Picture:", "Image:", "Credit:", "Getty Images", "| ",
        "Scroll down", "click here", "Click here", "Follow us", "All rights reserved", "Copyright", "©",
    ];

    /// <summary>The sentence span without surrounding white space.</summary>
    public static TextSpan Trim(ArticleText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    public static bool IsEligible(Document document, Article article, Sentence sentence, TextSpan trimmed)
    {
        if (trimmed.Length == 0) return false;
        foreach (var heading in article.Headings)
        {
            if (heading.OverlapsWith(trimmed)) return false;
        }
        var text = document.Text.AsSpan(trimmed);
        if (!EndsLikeStatement(text)) return false;
        foreach (var mark in s_captionMarks)
        {
            if (text.Contains(mark, StringComparison.Ordinal)) return false;
        }
        if (text.Contains('\n') && HasBlankLine(text)) return false;

        var tokens = document.TokensOf(sentence);
        var quoted = text.IndexOfAny("\"“”") >= 0;
        var words = 0;
        var upperWords = 0;
        var lowerWords = 0;
        string? firstWord = null;
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag) return false;
            if (token.Kind != TokenKind.Word) continue;
            var t = document.TextOf(token);
            words++;
            firstWord ??= t.ToString().ToLowerInvariant();
            if (firstWord is not null && words == 1 && token.Pos == UPos.INTJ) return false;
            if (t.Length > 1 && Casing.IsAllUpper(t)) upperWords++;
            else if (char.IsLower(t[0])) lowerWords++;
        }
        if (words < MinWords) return false;
        if (!quoted && TalksToReader(text.ToString())) return false;
        if (firstWord is not null && s_chatterOpeners.Contains(firstWord)) return false;
        if (text.StartsWith("First off", StringComparison.OrdinalIgnoreCase)) return false;
        // Bylines ("By Jane Smith and John Doe.") and shouted or title-case lines are not sentences.
        if (firstWord == "by" && lowerWords <= 2) return false;
        if (upperWords * 2 > words) return false;
        return lowerWords * 3 >= words;
    }

    /// <summary>True when the sentence opens with a pronoun or connective that needs the sentence before it.</summary>
    public static bool HasDanglingOpener(Document document, Sentence sentence)
    {
        foreach (var token in document.TokensOf(sentence))
        {
            if (token.Kind == TokenKind.Punctuation) continue;
            if (token.Kind != TokenKind.Word) return false;
            var word = document.TextOf(token).ToString().ToLowerInvariant();
            return s_danglingOpeners.Contains(word);
        }
        return false;
    }

    private static bool TalksToReader(string text)
    {
        string? previous = null;
        foreach (var word in PorterStemmer.Words(text))
        {
            if (s_readerWords.Contains(word) || (previous is not null && s_readerWords.Contains(previous + " " + word))) return true;
            previous = word;
        }
        return false;
    }

    private static bool EndsLikeStatement(ReadOnlySpan<char> text)
    {
        var end = text.Length - 1;
        while (end >= 0 && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '»') end--;
        return end >= 0 && text[end] is '.' or '…' && !(end >= 2 && text[end - 1] == '.' && text[end - 2] == '.');
    }

    private static bool HasBlankLine(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('\n');
        while (at >= 0)
        {
            var rest = text[(at + 1)..];
            var next = rest.IndexOf('\n');
            if (next >= 0 && rest[..next].IsWhiteSpace()) return true;
            text = rest;
            at = next;
        }
        return false;
    }

    /// <summary>Content-word keys of a sentence (lemmas of non-function words) for similarity and overlap.</summary>
    public static void ContentKeys(Document document, Sentence sentence, List<string> into)
    {
        into.Clear();
        foreach (var token in document.TokensOf(sentence))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var text = document.TextOf(token);
            if (token.Kind == TokenKind.Word && !TermKeys.IsWordLike(text)) continue;
            var key = TermKeys.KeyOf(document, token);
            if (TermKeys.IsStop(token, key)) continue;
            into.Add(key);
        }
    }
}
