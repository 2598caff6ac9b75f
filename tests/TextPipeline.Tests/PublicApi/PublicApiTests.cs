using PublicApiGenerator;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.PublicApi;

/// <summary>
/// The public API of TextPipeline.Core (what a NuGet consumer can call) against the approved snapshot in
/// <c>PublicApi/TextPipeline.Core.approved.txt</c>, so that every change to it is deliberate and reviewed. After an
/// intended change, run with <c>UPDATE_PUBLIC_API=1</c> (or <c>UPDATE_GOLDEN=1</c>) and review the file's diff.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] s_updateVariables = ["UPDATE_PUBLIC_API", "UPDATE_GOLDEN"];

    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        var actual = Normalise(typeof(ArticleAnalyzer).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Assembly attributes (InternalsVisibleTo, target framework, versions) are build details, not API.
            IncludeAssemblyAttributes = false,
        }));
        var approvedPath = SharedData.InRepo("tests", "TextPipeline.Tests", "PublicApi", "TextPipeline.Core.approved.txt");
        if (s_updateVariables.Any(v => Environment.GetEnvironmentVariable(v) == "1"))
        {
            File.WriteAllText(approvedPath, actual);
        }
        Assert.True(File.Exists(approvedPath), $"missing {approvedPath}; run the tests with UPDATE_PUBLIC_API=1 to create it");
        var approved = Normalise(File.ReadAllText(approvedPath));
        if (approved == actual) return;

        var approvedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        var removed = approvedLines.Except(actualLines, StringComparer.Ordinal).ToList();
        var added = actualLines.Except(approvedLines, StringComparer.Ordinal).ToList();
        Assert.Fail(
            $"The public API of TextPipeline.Core changed: {added.Count} line(s) added, {removed.Count} removed " +
            $"(the approved file is {approvedPath}).\n" +
            string.Concat(removed.Take(40).Select(l => $"- {l.Trim()}\n")) +
            string.Concat(added.Take(40).Select(l => $"+ {l.Trim()}\n")) +
            (removed.Count + added.Count > 80 ? "…\n" : "") +
            "If the change is intended, run the tests with UPDATE_PUBLIC_API=1 and commit the approved file; " +
            "if not, make the new members internal.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
