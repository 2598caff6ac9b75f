using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Linking;

/// <summary>Diagnostics of the related-links stage (TP6xxx).</summary>
public static class LinkingDiagnostics
{
    private const string Category = "Linking";

    public static readonly DiagnosticDescriptor ExactCopy = new(
        "TP6001", "Exact duplicate article", "The article text is identical to '{0}', its canonical copy", Category, DiagnosticSeverity.Info,
        "The article has the same input bytes or the same body text as another article. The canonical copy (earliest published, else smallest id) is named in duplicate_of; copies are never linked to each other, and only the canonical copy is offered as a related link to other articles.");

    public static readonly DiagnosticDescriptor NearCopy = new(
        "TP6002", "Near-duplicate article", "The article is a near-duplicate of '{0}' (shingle Jaccard {1})", Category, DiagnosticSeverity.Info,
        "The article shares most of its word 5-grams with another article (a syndicated or lightly edited copy). The canonical copy (earliest published, else smallest id) is named in duplicate_of; copies are never linked to each other, and only the canonical copy is offered as a related link to other articles.");

    public static readonly DiagnosticDescriptor NoTerms = new(
        "TP6003", "No related links", "The article has no indexable words, so it has no related links", Category, DiagnosticSeverity.Info,
        "Related links are computed from the article's content words. An empty article, or one made only of stop words, numbers and punctuation, gets none.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [ExactCopy, NearCopy, NoTerms];
}
