using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Tokenization;

/// <summary>Diagnostics of the tokenization stage (TP2xxx).</summary>
public static class TokenizationDiagnostics
{
    private const string Category = "Tokenization";

    public static readonly DiagnosticDescriptor ModelMissing = new(
        "TP2001", "Tagger model not found", "The tagger model '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "The tokenization model (en-ewt-tagger.bin.gz) is embedded in the library; this error means a `--models` folder was given without it. The run stops (exit code 1) rather than analyse with rules only: copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP2002", "Tagger model cannot be read", "The tagger model '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The model file exists but is corrupt, truncated or of another format version. Re-create it with `textpipeline train pos` or restore it from the repository.");

    public static readonly DiagnosticDescriptor AnalysisFailed = new(
        "TP2003", "Tokenization failed", "Tokenization failed for this article: {0}", Category, DiagnosticSeverity.Error,
        "An unexpected error happened while tokenizing or tagging the article. The article gets an empty document; the other articles are not affected. Please report it with the input file.");

    public static readonly DiagnosticDescriptor ClustersMismatch = new(
        "TP2004", "Word clusters differ from the tagger's", "The tagger model '{0}' was trained with word clusters {1} but {2} are loaded; tags may be less accurate", Category, DiagnosticSeverity.Warning,
        "The tagger's weights were learned with one word-clusters file (models/word-clusters-en.tsv.gz, identified by its SHA-256) and a different or missing file is loaded now. Tagging still runs, but the cluster features no longer mean what they meant in training. Retrain the tagger with `textpipeline train pos` (see models/README.md) or restore the matching clusters file.");

    public static readonly DiagnosticDescriptor ClustersMissing = new(
        "TP2005", "Word clusters not found", "The word clusters '{0}' were not found in {1}", Category, DiagnosticSeverity.Error,
        "A model (the tagger or the entity recognizer) was trained with word-cluster features, and the clusters file (word-clusters-en.tsv.gz) is missing from the `--models` folder. The run stops (exit code 1): copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ClustersUnreadable = new(
        "TP2006", "Word clusters cannot be read", "The word clusters '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The word-clusters file exists but is corrupt or of another format. The run stops (exit code 1): restore the file from the repository or retrain it with `textpipeline train clusters`.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [ModelMissing, ModelUnreadable, AnalysisFailed, ClustersMismatch, ClustersMissing, ClustersUnreadable];
}
