using System.CommandLine;

namespace TextPipeline.Cli.Commands;

/// <summary><c>textpipeline eval &lt;task&gt;</c>: prints metrics as JSON on stdout. One subcommand per task, each in its own file.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Evaluate a stage on a data set; prints metrics as JSON on stdout.");
        // One line per evaluation task:
        command.Subcommands.Add(EvalTopicsCommand.Create());
        command.Subcommands.Add(EvalNerCommand.Create());
        command.Subcommands.Add(EvalLinkingCommand.Create());
        command.Subcommands.Add(EvalTokensCommand.CreateTokens());
        command.Subcommands.Add(EvalTokensCommand.CreatePos());
        command.Subcommands.Add(EvalExtractionCommand.Create());
        command.Subcommands.Add(EvalKeyphrasesCommand.Create());
        command.Subcommands.Add(EvalSubjectsCommand.Create());
        command.Subcommands.Add(EvalTagsCommand.Create());
        command.Subcommands.Add(EvalSummariesCommand.Create());
        command.Subcommands.Add(EvalRelatedCommand.Create());
        command.Subcommands.Add(EvalNearDuplicatesCommand.Create());
        command.Subcommands.Add(EvalRelatedScaleCommand.Create());
        command.Subcommands.Add(EvalSpeedCommand.Create());
        command.Subcommands.Add(EvalFuzzIngestCommand.Create());
        command.Subcommands.Add(EvalServeCommand.Create());
        return command;
    }
}
