using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Summarization;

/// <summary>Diagnostics of the summary stage (TP41xx).</summary>
public static class SummaryDiagnostics
{
    private const string Category = "Summaries";

    public static readonly DiagnosticDescriptor Truncated = new(
        "TP4101", "Summary sentence cut to fit the character budget",
        "No whole sentence fits in {0} characters; the best sentence was cut at a word boundary", Category, DiagnosticSeverity.Info,
        "With --summary-chars C the summary is made of whole sentences whose total length is at most C. When even the shortest useful sentence is longer, the best one is cut at the last word boundary that fits and ends with \"…\".");

    public static readonly DiagnosticDescriptor NoSentences = new(
        "TP4102", "No sentence fit for a summary",
        "The article has no sentence fit for a summary (only headings, captions, questions or fragments); the summary is empty", Category, DiagnosticSeverity.Info,
        "Summaries are made only of full declarative sentences of the body. An article made only of headings, captions, bylines, questions or fragments gets an empty summary.");

    public static readonly DiagnosticDescriptor NotTokenized = new(
        "TP4103", "Summaries need sentences", "The article was not tokenized; the summary was skipped", Category, DiagnosticSeverity.Hidden,
        "The summary stage runs after tokenization. When an article has text but no sentences (the tokenize stage is missing or failed), it has no summary.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [Truncated, NoSentences, NotTokenized];
}
