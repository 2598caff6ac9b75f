using System.CommandLine;

namespace TextPipeline.Cli.Commands;

/// <summary><c>textpipeline train pos|ner|topics|…</c>: one subcommand per model, each in its own file.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model and write it under --out.");
        // One line per trainable model:
        command.Subcommands.Add(TrainTopicsCommand.Create());
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainGazetteerCommand.Create());
        command.Subcommands.Add(TrainPosCommand.Create());
        command.Subcommands.Add(TrainKeyphrasesCommand.Create());
        command.Subcommands.Add(TrainClustersCommand.Create());
        command.Subcommands.Add(TrainSubjectsCommand.Create());
        command.Subcommands.Add(TrainKeyphraseRankerCommand.Create());
        return command;
    }
}
