using System.Collections.Immutable;
using System.Text;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Text;
using TextPipeline.Tokenization.Rules;
using TextPipeline.Tokenization.Sentences;

namespace TextPipeline.Tokenization;

/// <summary>
/// The tokenization facade other stages call: rule tokenizer, sentence splitter, UPOS tagger and lemmatizer.
/// Immutable and thread-safe. When the model file is missing, tokens and sentences still come from rules
/// (Pos = X, Lemma = lower-cased form) and <see cref="ModelProblem"/> says why.
/// </summary>
internal sealed class TextAnalyzer
{
    public const string ModelFileName = "en-ewt-tagger.bin.gz";

    private readonly TokenizationModel _model;

    internal TextAnalyzer(TokenizationModel model, Diagnostic? modelProblem = null, string modelVersion = "rules")
    {
        _model = model;
        ModelProblem = modelProblem;
        ModelVersion = modelVersion;
    }

    /// <summary>Identifies the loaded model (first 12 hex digits of its SHA-256), or "rules"; part of the step's version.</summary>
    public string ModelVersion { get; }

    /// <summary>A rules-only analyzer (no tagger, rule sentence splitter): never used unless asked for.</summary>
    public static TextAnalyzer RulesOnly { get; } = new(TokenizationModel.RulesOnly);

    /// <summary>A warning about the loaded model (its word clusters differ from the ones it was trained with), or null.</summary>
    public Diagnostic? ModelProblem { get; }

    public bool HasTagger => _model.Tagger is not null;

    /// <summary>True when the tagger was trained with word-cluster features (so the clusters file is one of its inputs).</summary>
    public bool UsesClusters => _model.Tagger is Tagging.PosTagger { Clusters.Count: > 0 };

    /// <summary>
    /// The tagger model of <paramref name="models"/>, loaded once per store. Throws
    /// <see cref="Models.ModelLoadException"/> (TP2001, TP2002) when it is missing or unreadable.
    /// </summary>
    public static TextAnalyzer Load(Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(ModelFileName, file => Parse(file.OpenRead(), file.Name, file.Sha256, models),
            TokenizationDiagnostics.ModelMissing, TokenizationDiagnostics.ModelUnreadable);
    }

    /// <summary>
    /// A tagger model file (e.g. one just trained), with word clusters from <paramref name="models"/> when it was
    /// trained with them. Throws <see cref="Models.ModelLoadException"/> (TP2002) when it cannot be read.
    /// </summary>
    public static TextAnalyzer LoadFile(string path, Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(models);
        try
        {
            var bytes = File.ReadAllBytes(path);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            return Parse(new MemoryStream(bytes, writable: false), path, sha, models);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            throw new Models.ModelLoadException(Diagnostic.Create(TokenizationDiagnostics.ModelUnreadable, null, null, null, path, ex.Message));
        }
    }

    private static TextAnalyzer Parse(Stream stream, string name, string sha256, Models.ModelStore models)
    {
        var model = ModelSerializer.Load(stream, () => Lexicon.WordClusters.Load(models), out var clustersMismatch);
        var problem = clustersMismatch is null ? null : Diagnostic.Create(TokenizationDiagnostics.ClustersMismatch, null, null, null,
            name, clustersMismatch[..Math.Min(12, clustersMismatch.Length)], (model.Tagger as Tagging.PosTagger)?.Clusters.Sha256?[..12] ?? "none");
        return new TextAnalyzer(model, problem, sha256[..12]);
    }

    public Document Analyze(string text) => Analyze(ArticleText.From(text));

    /// <summary>
    /// Tokenizes, splits sentences, tags and lemmatizes. <paramref name="blocks"/> (headings, paragraphs) always end
    /// sentences and no token crosses their edges; text outside all blocks is still tokenized.
    /// </summary>
    public Document Analyze(ArticleText text, ReadOnlySpan<TextSpan> blocks = default, CancellationToken cancellationToken = default) =>
        Analyze(text, blocks, default, cancellationToken);

    /// <summary>
    /// As <see cref="Analyze(ArticleText, ReadOnlySpan{TextSpan}, CancellationToken)"/>, and each of
    /// <paramref name="headings"/> is exactly one sentence (a heading such as "What Was Agreed? Key Points" is not split).
    /// </summary>
    public Document Analyze(ArticleText text, ReadOnlySpan<TextSpan> blocks, ReadOnlySpan<TextSpan> headings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.AsSpan();
        var raw = new List<RawToken>(Math.Max(16, chars.Length / 5));
        var sentences = new List<Sentence>(Math.Max(4, chars.Length / 100));
        var headingSet = new HashSet<TextSpan>(headings.Length);
        foreach (var h in headings) headingSet.Add(h);
        var allBlocks = new List<TextSpan>(blocks.Length + headings.Length);
        allBlocks.AddRange(blocks);
        allBlocks.AddRange(headings);
        foreach (var segment in Segments(chars.Length, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(allBlocks)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = raw.Count;
            RuleTokenizer.Instance.Tokenize(chars.Slice(segment.Start, segment.Length), raw, segment.Start);
            var segmentTokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(raw)[first..];
            var boundaries = headingSet.Contains(segment) ? NoBoundaries.Instance : _model.Sentences;
            SentenceSegmenter.Segment(chars, segmentTokens, first, boundaries, sentences);
        }
        var tokens = BuildTokens(chars, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(raw), sentences, cancellationToken);
        return new Document(text, tokens, [.. sentences]);
    }

    /// <summary>Tags pre-tokenized words (one sentence, e.g. from a CoNLL-U file): UPOS and lower-case lemmas.</summary>
    public (UPos[] Pos, string[] Lemmas) TagWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var builder = new StringBuilder();
        var raw = new RawToken[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) builder.Append(' ');
            var w = words[i] ?? string.Empty;
            raw[i] = new RawToken(builder.Length, w.Length, w.Length == 0 ? TokenKind.Symbol : RuleTokenizer.KindOf(w), TokenRule.Whole);
            builder.Append(w);
        }
        var text = builder.ToString().AsSpan();
        var pos = new UPos[words.Count];
        var lemmas = new string[words.Count];
        TagSentence(text, raw, pos, lemmas);
        return (pos, lemmas);
    }

    private void TagSentence(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> sentence, Span<UPos> pos, Span<string> lemmas)
    {
        if (_model.Tagger is { } tagger)
        {
            tagger.Tag(text, sentence, pos, lemmas);
            return;
        }
        for (var i = 0; i < sentence.Length; i++)
        {
            pos[i] = UPos.X;
            lemmas[i] = sentence[i].Length == 0 ? string.Empty : NormCache.Lower(text.Slice(sentence[i].Start, sentence[i].Length));
        }
    }

    private ImmutableArray<Token> BuildTokens(ReadOnlySpan<char> chars, ReadOnlySpan<RawToken> raw, List<Sentence> sentences, CancellationToken cancellationToken)
    {
        var pos = new UPos[raw.Length];
        var lemmas = new string[raw.Length];
        foreach (var s in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TagSentence(chars, raw.Slice(s.FirstToken, s.TokenCount), pos.AsSpan(s.FirstToken, s.TokenCount), lemmas.AsSpan(s.FirstToken, s.TokenCount));
        }
        var builder = ImmutableArray.CreateBuilder<Token>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var r = raw[i];
            var norm = NormCache.Lower(chars.Slice(r.Start, r.Length));
            var spaceAfter = r.End >= chars.Length || CharClass.IsSpace(chars[r.End]);
            builder.Add(new Token(new TextSpan(r.Start, r.Length), r.Kind, pos[i], lemmas[i] ?? norm, norm, StopWords.Contains(norm), spaceAfter) { Rule = r.Rule });
        }
        return builder.MoveToImmutable();
    }

    /// <summary>The text cut at every block edge: blocks and the gaps between them, in order, covering the whole text.</summary>
    private static List<TextSpan> Segments(int length, ReadOnlySpan<TextSpan> blocks)
    {
        var cuts = new List<int>(blocks.Length * 2 + 2) { 0, length };
        foreach (var b in blocks)
        {
            cuts.Add(Math.Clamp(b.Start, 0, length));
            cuts.Add(Math.Clamp(b.End, 0, length));
        }
        cuts.Sort();
        var segments = new List<TextSpan>(cuts.Count);
        for (var i = 1; i < cuts.Count; i++)
        {
            if (cuts[i] > cuts[i - 1]) segments.Add(TextSpan.FromBounds(cuts[i - 1], cuts[i]));
        }
        return segments;
    }
}
