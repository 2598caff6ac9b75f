namespace TextPipeline.Server.Tests;

/// <summary>
/// A small site bulk-loaded with <c>run --state</c>: 60 generated articles of four themes (enough to train a topic
/// model), their run output, and the state folder holding the archive. Tests copy the state before changing it.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public SiteFixture()
    {
        ServerSupport.WriteCorpus(Dir, "site", 15);
        ServerSupport.Run(Input, Dir.Combine("out"), State);
    }

    public TempDir Dir { get; } = new();

    public string Input => Dir.Combine("site");

    public string State => Dir.Combine("state");

    /// <summary>The run's articles.jsonl lines by id.</summary>
    public IReadOnlyDictionary<string, string> RunRecords => File.ReadAllLines(Dir.Combine("out/articles.jsonl"))
        .ToDictionary(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!, StringComparer.Ordinal);

    /// <summary>A copy of the site's state folder in <paramref name="dir"/>.</summary>
    public string CopyState(TempDir dir, string name = "state")
    {
        var target = dir.Combine(name);
        ServerSupport.CopyFolder(State, target);
        return target;
    }

    public void Dispose() => Dir.Dispose();
}
