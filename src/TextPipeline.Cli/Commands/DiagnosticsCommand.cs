using System.CommandLine;
using TextPipeline.Diagnostics;

namespace TextPipeline.Cli.Commands;

/// <summary><c>textpipeline diagnostics</c>: every diagnostic id with its default severity, title and help page.</summary>
public static class DiagnosticsCommand
{
    public static readonly Option<bool> Describe = new("--describe")
    {
        Description = "Print each id's full description instead of its help page path.",
    };

    public static Command Create()
    {
        var command = new Command("diagnostics", "List every diagnostic id with its title, default severity and help page.")
        {
            Describe,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var describe = parseResult.GetValue(Describe);
            output.WriteLine(describe ? "id\tseverity\tcategory\ttitle\tdescription" : "id\tseverity\tcategory\ttitle\thelp");
            foreach (var d in DiagnosticCatalog.All.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                var last = describe ? d.Description : d.HelpLink;
                output.WriteLine($"{d.Id}\t{d.DefaultSeverity.ToText()}\t{d.Category}\t{d.Title}\t{last}");
            }
            return 0;
        });
        return command;
    }
}
