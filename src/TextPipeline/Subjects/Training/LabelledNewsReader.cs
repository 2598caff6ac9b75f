using TextPipeline.Ingestion;
using TextPipeline.Tokenization;

namespace TextPipeline.Subjects.Training;

/// <summary>A news article whose section is known: id, desk, the topic to fall back on, title and analysed text.</summary>
internal sealed record LabelledNewsArticle(string Id, string Desk, string DefaultTopic, string? Title, Document Document)
{
    /// <summary>Porter stems of the title's words and of the body's words, for phrase matching.</summary>
    public (List<string> Title, List<string> Body) Stems() =>
        (SubjectKeywords.Words(Title), SubjectKeywords.Words(Document.Text.ToString()));
}

/// <summary>
/// Reads section-labelled news for subject training: a folder of desk folders (<c>business/001.txt</c>, as BBC News
/// is laid out) or 500N-KPCrowd's <c>docsutf8</c> (<c>crime-12345.txt</c>; its ten categories mapped to desks and
/// topics below).
/// </summary>
internal static class LabelledNewsReader
{
    // 500N-KPCrowd category → (desk, fallback Media Topic).
    private static readonly Dictionary<string, (string Desk, string Topic)> s_kpCrowd = new(StringComparer.Ordinal)
    {
        ["art_and_culture"] = (NewsDesks.Entertainment, "medtop:20000002"), // arts and entertainment
        ["business"] = (NewsDesks.Business, "medtop:04000000"),
        ["crime"] = (NewsDesks.Politics, "medtop:02000000"), // crime, law and justice
        ["fashion"] = (NewsDesks.Entertainment, "medtop:20000011"), // fashion
        ["health"] = (NewsDesks.Politics, "medtop:07000000"), // health
        ["politics_us"] = (NewsDesks.Politics, "medtop:11000000"),
        ["politics_world"] = (NewsDesks.Politics, "medtop:11000000"),
        ["science"] = (NewsDesks.Technology, "medtop:13000000"),
        ["sports"] = (NewsDesks.Sport, "medtop:15000000"),
        ["tech"] = (NewsDesks.Technology, "medtop:13000000"),
    };

    /// <summary>Articles of a desk-folder corpus whose id <paramref name="include"/> accepts, sorted by id.</summary>
    public static List<LabelledNewsArticle> ReadDeskFolders(string root, Func<string, bool> include, TextAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(include);
        var result = new List<LabelledNewsArticle>();
        foreach (var desk in NewsDesks.All)
        {
            var dir = Path.Combine(root, desk);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                var id = desk + "/" + Path.GetFileNameWithoutExtension(file);
                if (!include(id)) continue;
                result.AddRange(Read(file, id, desk, NewsDesks.DefaultTopic(desk), analyzer, cancellationToken));
            }
        }
        return result;
    }

    /// <summary>500N-KPCrowd documents (<c>category-id.txt</c>), sorted by id.</summary>
    public static List<LabelledNewsArticle> ReadKpCrowd(string docsDir, TextAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docsDir);
        var result = new List<LabelledNewsArticle>();
        foreach (var file in Directory.GetFiles(docsDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var dash = name.LastIndexOf('-');
            if (dash <= 0 || !s_kpCrowd.TryGetValue(name[..dash], out var map)) continue;
            result.AddRange(Read(file, "kpcrowd/" + name, map.Desk, map.Topic, analyzer, cancellationToken));
        }
        return result;
    }

    private static IEnumerable<LabelledNewsArticle> Read(string file, string id, string desk, string topic, TextAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        foreach (var article in new ArticleReader().Read(new InputFile(file, name, file, SourceFormat.Text, false), cancellationToken).Articles)
        {
            if (article.Text.Length == 0) continue;
            var document = analyzer.Analyze(article.Text, article.Paragraphs.AsSpan(), article.Headings.AsSpan(), cancellationToken);
            yield return new LabelledNewsArticle(id, desk, topic, article.Title, document);
        }
    }
}
