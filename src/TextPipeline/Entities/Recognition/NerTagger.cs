using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Training;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Recognition;

/// <summary>Tags pre-tokenized sentences with IOB2 strings; shared by <c>eval ner</c> and <c>annotate --from conll</c>.</summary>
internal static class NerTagger
{
    /// <param name="tagger">Gives UPOS when the model reads it and <paramref name="pos"/> is not given.</param>
    /// <param name="profile">How the sentence's document writes each word, for a model with document-case features.</param>
    public static string[] TagSentence(NerModel model, IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, TextAnalyzer? tagger = null, DocumentCaseProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Settings.UsePos && pos is null)
        {
            pos = PosOf(words, tagger ?? throw new ArgumentException("The model reads parts of speech: give a tagger or the words' UPOS.", nameof(tagger)));
        }
        var labels = model.Tag(words, pos, profile);
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++) tags[i] = model.Labels.Names[labels[i]];
        return tags;
    }

    /// <summary>UPOS names of pre-tokenized words from <paramref name="tagger"/> (what a pipeline Document carries).</summary>
    public static string[] PosOf(IReadOnlyList<string> words, TextAnalyzer tagger)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tagger);
        var (tags, _) = tagger.TagWords(words);
        var names = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++) names[i] = tags[i].ToString();
        return names;
    }

    /// <summary>Scores a model on gold sentences; <paramref name="types"/> null scores every type.</summary>
    public static NerEvaluation Evaluate(NerModel model, IEnumerable<NerSentence> gold, IEnumerable<string>? types, TextAnalyzer? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        var evaluation = new NerEvaluation(types);
        var sentences = gold as IReadOnlyList<NerSentence> ?? [.. gold];
        var profiles = model.Settings.UseDocumentCase ? NerTrainer.DocumentProfiles(sentences) : null;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Tags is null) continue;
            evaluation.Add(s.Tags, TagSentence(model, s.Words, s.Pos, tagger, profiles?[k]));
        }
        return evaluation;
    }
}
