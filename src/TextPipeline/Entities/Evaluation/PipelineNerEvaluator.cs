using System.Diagnostics;
using TextPipeline.Entities.Recognition;
using TextPipeline.Entities.Training;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Evaluation;

/// <summary>
/// Scores the entity step of <c>run</c> (the prepared <see cref="EntityStage"/>'s step: recognition, document
/// consistency, news types, linking) on a gold NER file, one gold document at a time, as conlleval does (exact span
/// and type). Also times the step alone (thread CPU is not available portably, so wall time of the step's calls).
/// </summary>
internal static class PipelineNerEvaluator
{
    public sealed record Result(NerEvaluation Evaluation, int Documents, double ExtractSeconds);

    /// <param name="gold">Gold sentences (with document indices).</param>
    /// <param name="step">The entity step to evaluate (<see cref="EntityStage.StepWith"/> with the model and gazetteers).</param>
    /// <param name="analyzer">Gives the POS tags the pipeline would have.</param>
    /// <param name="types">Types to score; null: all.</param>
    /// <param name="predictions">Receives "word gold predicted" lines (blank line between sentences) for error analysis, or null.</param>
    public static Result Evaluate(
        IReadOnlyList<NerSentence> gold, Pipeline.IArticleStep step, TextAnalyzer analyzer, IEnumerable<string>? types, TextWriter? predictions = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(step);
        var evaluation = new NerEvaluation(types);
        var documents = 0;
        var ticks = 0L;
        foreach (var sentences in GoldDocuments.Split(gold))
        {
            var document = GoldDocuments.Build(sentences, analyzer);
            var article = new Pipeline.ArticleAnalysis(Ingestion.Article.FromRawText($"gold-{documents}", document.Text.ToString())) { Document = document };
            var started = Stopwatch.GetTimestamp();
            var entities = step.Process(article, CancellationToken.None).Entities;
            ticks += Stopwatch.GetTimestamp() - started;
            var predicted = GoldDocuments.Tags(document, entities);
            for (var s = 0; s < sentences.Count; s++)
            {
                if (sentences[s].Tags is not { } tags) continue;
                evaluation.Add(tags, predicted[s]);
                if (predictions is null) continue;
                for (var i = 0; i < tags.Length; i++) predictions.WriteLine($"{sentences[s].Words[i]} {tags[i]} {predicted[s][i]}");
                predictions.WriteLine();
            }
            documents++;
        }
        return new Result(evaluation, documents, (double)ticks / Stopwatch.Frequency);
    }

    /// <summary>The entity types a gold file uses (what is scored when no types are given).</summary>
    public static IReadOnlyList<string> TypesIn(IEnumerable<NerSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in gold)
        {
            if (s.Tags is null) continue;
            foreach (var t in s.Tags)
            {
                if (t.Length > 2 && t[1] == '-') types.Add(t[2..]);
            }
        }
        return [.. types];
    }
}
