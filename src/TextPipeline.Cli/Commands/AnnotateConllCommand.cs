using TextPipeline.Entities;
using TextPipeline.Entities.Recognition;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary><c>annotate --from conll --to conll</c>: predicted IOB2 tags in place of the gold TAG column.</summary>
internal static class AnnotateConllCommand
{
    /// <summary>The NER hook of the CoNLL-U writer for analysed text, or null when the model is missing.</summary>
    public static Tokenization.Conllu.ConlluWriter.NerTagger? DocumentHook() =>
        LoadShipped() is { } model ? document => DocumentNerTagger.Tag(model, document) : null;

    /// <summary>The NER hook for gold-tokenized CoNLL-U words, or null when the model is missing.</summary>
    public static Func<IReadOnlyList<string>, IReadOnlyList<string?>?>? WordsHook() =>
        LoadShipped() is { } model ? words => NerTagger.TagSentence(model, words) : null;

    private static NerModel? LoadShipped()
    {
        var modelsDir = ModelLocator.Find();
        var modelPath = ModelLocator.FindModel(EntityModelFiles.NerModel, modelsDir);
        return modelPath is null ? null : EntityModelFiles.LoadModel(modelPath, modelsDir);
    }

    public static async Task<int> RunAsync(TextReader reader, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var modelsDir = ModelLocator.Find();
        var modelPath = ModelLocator.FindModel(EntityModelFiles.NerModel, modelsDir);
        if (modelPath is null)
        {
            await error.WriteLineAsync($"textpipeline: error: the NER model ({EntityModelFiles.NerModel}) was not found under models/.").ConfigureAwait(false);
            return 1;
        }
        var model = EntityModelFiles.LoadModel(modelPath, modelsDir);
        await ConllNerAnnotator.AnnotateAsync(reader, output, model, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
