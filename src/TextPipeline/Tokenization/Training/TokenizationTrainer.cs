using TextPipeline.Tokenization.Conllu;
using TextPipeline.Tokenization.Sentences;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tokenization.Training;

/// <summary>Options of <c>train pos</c>.</summary>
/// <param name="Clusters">Word clusters whose paths become tagger features (<see cref="TextPipeline.Lexicon.WordClusters.Empty"/>: none).</param>
internal sealed record TokenizationTrainingOptions(int PosEpochs = 10, int SentenceEpochs = 8, int Seed = 1, int PosFolds = 4, TextPipeline.Lexicon.WordClusters? Clusters = null);

/// <summary>
/// Trains the UPOS tagger, lemmatizer and sentence splitter on a UD CoNLL-U file and writes the model file that
/// <see cref="TextAnalyzer"/> loads.
/// </summary>
internal static class TokenizationTrainer
{
    public static void Train(string trainPath, string outPath, TokenizationTrainingOptions options, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gold = ConlluReader.ReadFile(trainPath).ToList();
        log?.Report($"read {gold.Count} sentences from {trainPath}");
        var posSentences = gold.Select(s => (
            Words: s.Words.Select(w => w.Form).ToArray(),
            Tags: s.Words.Select(w => ConlluReader.ParseUPos(w.UPos)).ToArray(),
            Lemmas: s.Words.Select(w => w.Lemma).ToArray())).ToList();
        var tagger = PosTagger.Train(posSentences, options.Clusters ?? TextPipeline.Lexicon.WordClusters.Empty, options.PosEpochs, options.Seed, options.PosFolds, log);
        log?.Report($"tagger: {tagger.Model.FeatureCount} + {tagger.RightModel?.FeatureCount ?? 0} features, {tagger.TagDictionary.Count} tag-dictionary words, {tagger.Lemmatizer.Table.Count} lemma entries, {tagger.Lemmatizer.Rules.Count} suffix rules, {tagger.Clusters.Count} clustered words");

        var doc = GoldDocument.Build(gold);
        var ends = doc.Sentences.Select(s => s.End).ToHashSet();
        var sentences = TrainedSentenceBoundaries.Train([(doc.Text, doc.Paragraphs, ends)], options.SentenceEpochs, options.Seed, log);
        log?.Report($"sentence splitter: {sentences.Model.FeatureCount} features");
        ModelSerializer.Save(outPath, tagger, sentences);
        log?.Report($"wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes)");
    }
}
