using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Golden;

/// <summary>
/// The whole pipeline over <c>data/samples</c> against the expected files in <c>Golden/samples/</c>.
/// Set <c>UPDATE_GOLDEN=1</c> to rewrite the expectations after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> OutputFiles() => [.. OutputWriter.FileNames.Where(f => f != "run.json")];

    private static readonly Lazy<string> s_output = new(() =>
    {
        var outDir = Path.Combine(Path.GetTempPath(), "tp-golden-" + Guid.NewGuid().ToString("N"));
        PipelineHarness.Run(SharedData.InRepo("data", "samples"), outDir, new PipelineOptions { Jobs = 2, CacheDirectory = null });
        return outDir;
    });

    [Theory]
    [MemberData(nameof(OutputFiles))]
    public void Output_matches_the_golden_file(string fileName)
    {
        var actual = File.ReadAllText(Path.Combine(s_output.Value, fileName));
        var expectedPath = SharedData.InRepo("tests", "TextPipeline.Tests", "Golden", "samples", fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }
        Assert.True(File.Exists(expectedPath), $"missing golden file {expectedPath}; run with UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(expectedPath);
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{fileName} differs from the golden file at line {line + 1}:\nexpected: {Get(e, line)}\nactual:   {Get(a, line)}");
        }
    }

    private static string Get(string[] lines, int i) => i < lines.Length ? Shorten(lines[i]) : "<end of file>";

    private static string Shorten(string s) => s.Length > 400 ? s[..400] + "…" : s;
}
