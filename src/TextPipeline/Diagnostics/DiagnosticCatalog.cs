using System.Collections.Immutable;

namespace TextPipeline.Diagnostics;

/// <summary>
/// Every diagnostic the tool can report, by stage range: TP1xxx ingestion, TP2xxx tokenization, TP3xxx entities,
/// TP4xxx keyphrases/tags/summaries, TP5xxx topics, TP6xxx related links, TP7xxx output.
/// Each stage's descriptors live in its own folder; add the stage's list here.
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> s_all = new(() =>
        [
            .. Ingestion.IngestionDiagnostics.All,
            .. Tokenization.TokenizationDiagnostics.All,
            .. Keyphrases.KeyphraseDiagnostics.All,
            .. Summarization.SummaryDiagnostics.All,
            .. Tagging.TagDiagnostics.All,
            .. Subjects.SubjectDiagnostics.All,
            .. Linking.LinkingDiagnostics.All,
            .. Entities.EntitiesDiagnostics.All,
            .. Output.OutputDiagnostics.All,
            .. Topics.TopicDiagnostics.All,
        ]);

    public static ImmutableArray<DiagnosticDescriptor> All => s_all.Value;

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
