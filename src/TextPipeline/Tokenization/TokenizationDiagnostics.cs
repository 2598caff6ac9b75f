using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Tokenization;

/// <summary>Diagnostics of the tokenization stage (TP2xxx).</summary>
public static class TokenizationDiagnostics
{
    private const string Category = "Tokenization";

    public static readonly DiagnosticDescriptor ModelMissing = new(
        "TP2001", "Tagger model not found", "The tagger model '{0}' was not found; tokens and sentences come from rules, parts of speech are X and lemmas are lower-cased words", Category, DiagnosticSeverity.Warning,
        "The shipped tokenization model (models/en-ewt-tagger.bin.gz) could not be found via TEXTPIPELINE_MODELS or a models/ folder. The tokenizer and rule-based sentence splitter still run; part-of-speech tags, lemmas and the trained sentence splitter are not available, which lowers the quality of later stages.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP2002", "Tagger model cannot be read", "The tagger model '{0}' cannot be read ({1}); falling back to rules", Category, DiagnosticSeverity.Warning,
        "The model file exists but is corrupt, truncated or of another format version. Re-create it with `textpipeline train pos` or restore it from the repository.");

    public static readonly DiagnosticDescriptor AnalysisFailed = new(
        "TP2003", "Tokenization failed", "Tokenization failed for this article: {0}", Category, DiagnosticSeverity.Error,
        "An unexpected error happened while tokenizing or tagging the article. The article gets an empty document; the other articles are not affected. Please report it with the input file.");

    public static readonly DiagnosticDescriptor ClustersMismatch = new(
        "TP2004", "Word clusters differ from the tagger's", "The tagger model '{0}' was trained with word clusters {1} but {2} are loaded; tags may be less accurate", Category, DiagnosticSeverity.Warning,
        "The tagger's weights were learned with one word-clusters file (models/word-clusters-en.tsv.gz, identified by its SHA-256) and a different or missing file is loaded now. Tagging still runs, but the cluster features no longer mean what they meant in training. Retrain the tagger with `textpipeline train pos` (see models/README.md) or restore the matching clusters file.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [ModelMissing, ModelUnreadable, AnalysisFailed, ClustersMismatch];
}
