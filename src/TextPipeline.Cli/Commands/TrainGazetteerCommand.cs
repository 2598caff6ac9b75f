using System.CommandLine;
using TextPipeline.Entities.Gazetteers;

namespace TextPipeline.Cli.Commands;

/// <summary><c>textpipeline train gazetteer --data ../shared/data/gazetteers --out models/gazetteer-en.tsv.gz</c>.</summary>
public static class TrainGazetteerCommand
{
    public static readonly Option<string> Data = new("--data") { Description = "The open gazetteer lists (shared/data/gazetteers).", Required = true };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Compiled gazetteer to write (.tsv.gz).", Required = true };

    public static Command Create()
    {
        var command = new Command("gazetteer", "Compile the open gazetteer lists and our own names into one compact file.") { Data, Out };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var data = parseResult.GetRequiredValue(Data);
            if (!Directory.Exists(data))
            {
                await error.WriteLineAsync($"textpipeline: error: folder not found: {data}").ConfigureAwait(false);
                return 1;
            }
            // Common-word counts come from the word clusters (case-sensitive counts of ordinary text) of the model store.
            var clusters = CliModels.Store(parseResult).File(TextPipeline.Lexicon.WordClusters.DefaultFileName);
            Dictionary<string, int>? wordCounts = null;
            if (clusters is not null)
            {
                using var stream = clusters.OpenRead();
                wordCounts = GazetteerCompiler.ReadLowerCaseWordCounts(stream, compressed: clusters.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                await error.WriteLineAsync($"gazetteer: warning: {TextPipeline.Lexicon.WordClusters.DefaultFileName} not found; no common-word counts").ConfigureAwait(false);
            }
            var entries = GazetteerCompiler.Compile(data, wordCounts, new SynchronousProgress(m => error.WriteLine(m)));
            var outPath = parseResult.GetRequiredValue(Out);
            GazetteerCompiler.Write(outPath, entries);
            await error.WriteLineAsync($"gazetteer: wrote {entries.Count:N0} names to {outPath} ({new FileInfo(outPath).Length:N0} bytes)").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
