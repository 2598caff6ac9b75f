using System.Text;
using CsCheck;
using TextPipeline.Ingestion;

namespace TextPipeline.Cli.Fuzzing;

/// <summary>
/// The ingestion fuzz target: CsCheck generates inputs in every format by mutating small valid documents (byte flips,
/// insertions of hostile fragments such as lone-surrogate escapes, unclosed quotes, NUL and invalid UTF-8 bytes, deep
/// markup, deletions, splices of two documents, truncation, gzip wrapping), writes each to a file and reads it with the
/// same <see cref="ArticleReader"/> as <c>run</c>. A crash is an exception escaping the reader, the reader's own
/// last-resort diagnostic (TP1021), or a broken invariant (spans outside the text, NUL characters in the text).
/// </summary>
internal sealed class IngestionFuzzTarget(string workDirectory)
{
    private static readonly (string Extension, string Seed)[] s_seeds =
    [
        (".txt", "Harbour expands\n\nThe city council approved the plan on Tuesday. It adds four berths.\n\nShare this article\n"),
        (".md", "---\ntitle: Museum reopens\npublished: 2024-05-01\n---\n# Museum reopens\n\nThe museum reopened *today* after [renovation](x).\n"),
        (".html", "<html><head><title>Storm | News</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Storm\"}</script></head><body><nav>Home</nav><article><h2>Coast</h2><p>The storm reached the coast, flooding roads, and closing schools.</p><p>Crews worked overnight.</p></article></body></html>"),
        (".json", "[{\"id\":\"a\",\"title\":\"One\",\"body\":\"First body text.\",\"published\":\"2024-01-02\"},{\"id\":2,\"content\":{\"rendered\":\"<p>Second</p>\"}}]"),
        (".json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"content_html\":\"<p>Item one.</p>\",\"authors\":[{\"name\":\"A\"}]}]}"),
        (".json", "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"Body of it.\",\"author\":{\"name\":\"B\"}}"),
        (".jsonl", "{\"id\":\"a\",\"body\":\"Line one body.\"}\n{\"id\":\"b\",\"text\":\"Line two \\u00e9 body.\"}\n"),
        (".csv", "id,title,body\n1,First,\"Quoted, body\"\n2,Second,Plain body\n"),
        (".xml", "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item><title>T</title><guid>g1</guid><content:encoded><![CDATA[<p>Body one.</p>]]></content:encoded></item></channel></rss>"),
        (".atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"html\">A &amp;amp; B</title><id>e1</id><content type=\"html\">&lt;p&gt;Entry body.&lt;/p&gt;</content></entry></feed>"),
    ];

    private static readonly byte[][] s_fragments =
    [
        .. new[]
        {
            "\\ud800", "\\udc00\\ud800", "\"", "\"\"", ",", ";", "\n", "\r\n", "<div>", "</div>", "<p>", "<!--", "]]>", "<![CDATA[",
            "{", "}", "[", "]", "<script type=\"application/ld+json\">{\"headline\":\"\\ud800\"}</script>", "&amp;", "&#0;",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>", "---\n", "\u00e9", "\U0001F600",
            string.Concat(Enumerable.Repeat("<div>", 2000)), string.Concat(Enumerable.Repeat("[", 300)),
        }.Select(Encoding.UTF8.GetBytes),
        [0], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0x1F, 0x8B],
    ];

    private readonly ArticleReader _reader = new(maxBytes: 1 << 20);
    private int _files;

    /// <summary>The generator: a seed (format) and a list of mutations applied in order.</summary>
    public static Gen<(int Seed, byte[] Bytes, bool Gzip)> Inputs { get; } =
        from seed in Gen.Int[0, s_seeds.Length - 1]
        from other in Gen.Int[0, s_seeds.Length - 1]
        from mutations in Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[0, 12]
        from gzip in Gen.Int[0, 9]
        select (seed, Mutate(Encoding.UTF8.GetBytes(s_seeds[seed].Seed), Encoding.UTF8.GetBytes(s_seeds[other].Seed), mutations), gzip == 0);

    private static byte[] Mutate(byte[] bytes, byte[] other, (int Kind, int A, int B)[] mutations)
    {
        var data = new List<byte>(bytes);
        foreach (var (kind, a, b) in mutations)
        {
            var at = data.Count == 0 ? 0 : a % (data.Count + 1);
            switch (kind)
            {
                case 0 when data.Count > 0: data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << (b % 8)); break;
                case 1: data.InsertRange(at, s_fragments[b % s_fragments.Length]); break;
                case 2 when data.Count > 0: data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(1 + b % 16, data.Count - Math.Min(at, data.Count - 1))); break;
                case 3: data.InsertRange(at, other.Skip(b % Math.Max(1, other.Length)).Take(1 + b % 64)); break;
                case 4: data.RemoveRange(at, data.Count - at); break;
                case 5: data.Insert(at, (byte)b); break;
                default: data.InsertRange(at, Enumerable.Repeat(s_fragments[b % s_fragments.Length], 1 + a % 50).SelectMany(x => x)); break;
            }
        }
        return [.. data];
    }

    /// <summary>Reads one generated input as run would; throws when the reader crashed or broke an invariant.</summary>
    public void Check((int Seed, byte[] Bytes, bool Gzip) input)
    {
        var extension = s_seeds[input.Seed].Extension + (input.Gzip ? ".gz" : "");
        var name = $"input-{Interlocked.Increment(ref _files)}{extension}";
        var path = Path.Combine(workDirectory, name);
        File.WriteAllBytes(path, input.Gzip ? GzipBytes(input.Bytes) : input.Bytes);
        try
        {
            var format = InputFile.FormatOf(name)!.Value;
            var result = _reader.Read(new InputFile(path, name, path, format.Format, format.Gzipped));
            if (result.Diagnostics.Concat(result.Articles.SelectMany(a => a.Diagnostics)).FirstOrDefault(d => d.Id == "TP1021") is { } failed)
            {
                throw new InvalidOperationException("ingestion crashed: " + failed.Message);
            }
            foreach (var article in result.Articles)
            {
                var length = article.Text.Length;
                if (article.Text.AsSpan().Contains('\0')) throw new InvalidOperationException($"{article.Id}: NUL in the text");
                if (article.Paragraphs.Concat(article.Headings).Any(s => s.Start < 0 || s.End > length)) throw new InvalidOperationException($"{article.Id}: a span lies outside the text");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] GzipBytes(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return buffer.ToArray();
    }
}
