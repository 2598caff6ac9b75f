using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Training;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Recognition;

/// <summary>Tags pre-tokenized sentences with IOB2 strings; shared by <c>eval ner</c> and <c>annotate --from conll</c>.</summary>
internal static class NerTagger
{
    /// <param name="tagger">Gives UPOS when the model reads it and <paramref name="pos"/> is not given.</param>
    public static string[] TagSentence(NerModel model, IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, TextAnalyzer? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Settings.UsePos && pos is null)
        {
            pos = PosOf(words, tagger ?? throw new ArgumentException("The model reads parts of speech: give a tagger or the words' UPOS.", nameof(tagger)));
        }
        var labels = model.Tag(words, pos);
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
        foreach (var s in gold)
        {
            if (s.Tags is null) continue;
            evaluation.Add(s.Tags, TagSentence(model, s.Words, s.Pos, tagger));
        }
        return evaluation;
    }
}
