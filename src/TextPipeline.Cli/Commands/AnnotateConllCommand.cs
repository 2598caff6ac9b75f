using TextPipeline.Entities;
using TextPipeline.Entities.Recognition;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary><c>annotate --from conll --to conll</c>: predicted IOB2 tags in place of the gold TAG column.</summary>
internal static class AnnotateConllCommand
{
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
