using TextPipeline.Diagnostics;
using TextPipeline.Output;
using TextPipeline.Pipeline;

namespace TextPipeline.Tests.TestSupport;

/// <summary>Runs the full default pipeline in-process and writes the contract's files, as <c>textpipeline run</c> does.</summary>
public static class PipelineHarness
{
    public static RunOutcome Run(IReadOnlyList<string> inputs, string outDir, PipelineOptions? options = null, DiagnosticOptions? diagnostics = null)
    {
        options ??= new PipelineOptions { Jobs = 2 };
        var outcome = new PipelineRunner(AnalysisPipeline.Default.Prepare(options), diagnostics).Analyze(inputs);
        OutputWriter.Write(outDir, outcome, options);
        return outcome;
    }

    public static RunOutcome Run(string input, string outDir, PipelineOptions? options = null) => Run([input], outDir, options);
}

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tp-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public string File(string relative, byte[] content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
