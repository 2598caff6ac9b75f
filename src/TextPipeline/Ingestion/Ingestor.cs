using System.Collections.Immutable;
using System.Text;
using TextPipeline.Diagnostics;

namespace TextPipeline.Ingestion;

/// <summary>
/// The front of the pipeline: turns inputs (files and folders, or one article in memory) into articles with unique
/// ids, sorted by id, byte-identical inputs reported (TP1011). Never throws for bad input.
/// </summary>
public sealed class Ingestor
{
    private readonly ArticleReader _reader;
    private readonly long _maxFileBytes;

    /// <param name="maxFileBytes">Inputs larger than this are reported (TP1007) and skipped.</param>
    /// <param name="now">"Now" for published-date checks (tests fix it).</param>
    public Ingestor(long maxFileBytes = 64L * 1024 * 1024, DateTimeOffset? now = null)
    {
        _reader = new ArticleReader(maxFileBytes, now);
        _maxFileBytes = maxFileBytes;
    }

    /// <summary>Walks files and folders and reads every article file; <paramref name="parallel"/> is the runner's.</summary>
    public IngestedCorpus Ingest(IEnumerable<string> inputs, ParallelOptions parallel)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parallel);
        var (files, walkDiagnostics) = InputWalker.Walk(inputs);
        var results = new IngestResult[files.Length];
        // Files read at once hold at most one largest-allowed file's bytes between them, whatever --jobs is.
        var budget = new ReadBudget(Math.Min(_maxFileBytes, MaxBytesInFlight));
        Parallel.For(0, files.Length, parallel, i =>
        {
            using var lease = budget.Acquire(SizeOf(files[i]), parallel.CancellationToken);
            results[i] = _reader.Read(files[i], parallel.CancellationToken);
        });
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) displayPaths.TryAdd(file.RelativePath, file.DisplayPath);
        return Collect(files.Length, walkDiagnostics, results, displayPaths.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>The most input bytes parallel readers hold at once (a larger file is read alone).</summary>
    internal const long MaxBytesInFlight = 64L * 1024 * 1024;

    private static long SizeOf(InputFile file)
    {
        try
        {
            return new FileInfo(file.FullPath).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Reads articles from memory (stdin, a request body, the library API). A JSON record's own <c>id</c> becomes the
    /// article id as it is (not prefixed with the source name, as records inside a file are).
    /// </summary>
    public IngestedCorpus Read(ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var file = source.ToInputFile();
        var result = _reader.Read(file, source.Bytes, cancellationToken);
        if (source.Format is SourceFormat.Json or SourceFormat.JsonLines or SourceFormat.Csv)
        {
            var prefix = file.Id + "#";
            result = result with
            {
                Articles = [.. result.Articles.Select(a => a.Id.StartsWith(prefix, StringComparison.Ordinal) ? Renamed(a, a.Id[prefix.Length..]) : a)],
            };
        }
        return Collect(1, [], [result], ImmutableDictionary<string, string>.Empty.Add(file.RelativePath, file.DisplayPath));
    }

    private static Article Renamed(Article article, string id) => article with
    {
        Id = id,
        Diagnostics = article.Diagnostics.Select(d => d.ArticleId == article.Id ? d with { ArticleId = id } : d).ToEquatableArray(),
    };

    private static IngestedCorpus Collect(int files, ImmutableArray<Diagnostic> walkDiagnostics, IngestResult[] results, ImmutableDictionary<string, string> displayPaths)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(walkDiagnostics);
        var articles = new List<Article>();
        foreach (var result in results)
        {
            articles.AddRange(result.Articles);
            diagnostics.AddRange(result.Diagnostics);
        }
        var unique = ArticleIds.ReportExactDuplicates(ArticleIds.MakeUnique(articles));
        return new IngestedCorpus(unique, diagnostics.ToImmutable(), files, displayPaths);
    }
}

/// <summary>What ingestion gave: articles sorted by unique id, diagnostics of files that gave no article, counts.</summary>
/// <param name="DisplayPaths">Article paths (relative, as in diagnostics) → the path as the user named it.</param>
public sealed record IngestedCorpus(ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics, int Files, ImmutableDictionary<string, string> DisplayPaths);

/// <summary>One input held in memory: its bytes, its format, and the name its article id and path derive from.</summary>
public sealed class ArticleSource
{
    private ArticleSource(byte[] bytes, SourceFormat format, string name)
    {
        Bytes = bytes;
        Format = format;
        Name = name;
    }

    /// <summary>The input's bytes (text as UTF-8 for the <c>From…(string)</c> factories).</summary>
    public byte[] Bytes { get; }

    /// <summary>How the bytes are read.</summary>
    public SourceFormat Format { get; }

    /// <summary>The article id (and path, with the format's extension) for formats without ids of their own.</summary>
    public string Name { get; }

    /// <summary>Plain text (line 1 is the title when it looks like one, as for .txt files).</summary>
    public static ArticleSource FromText(string text, string id = "article") => new(Utf8(text), SourceFormat.Text, id);

    /// <summary>An HTML page: main text, structure and metadata are extracted as for .html files.</summary>
    public static ArticleSource FromHtml(string html, string id = "article") => new(Utf8(html), SourceFormat.Html, id);

    /// <summary>Markdown with optional front matter.</summary>
    public static ArticleSource FromMarkdown(string markdown, string id = "article") => new(Utf8(markdown), SourceFormat.Markdown, id);

    /// <summary>A JSON record (<c>id</c>, <c>title</c>, <c>body</c>|<c>text</c>|<c>content</c>, <c>url</c>, <c>author</c>, <c>published</c>) or an array of them.</summary>
    public static ArticleSource FromJson(string json, string id = "article") => new(Utf8(json), SourceFormat.Json, id);

    /// <summary>Bytes in a known format (encoding detected as for files).</summary>
    public static ArticleSource FromBytes(byte[] bytes, SourceFormat format, string id = "article")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new(bytes, format, id);
    }

    /// <summary>
    /// Guesses the format of bytes from their start (after a byte-order mark and white space): <c>{</c> or
    /// <c>[</c> is JSON, <c>&lt;</c> is HTML, anything else is plain text.
    /// </summary>
    public static SourceFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b switch
            {
                (byte)'{' or (byte)'[' => SourceFormat.Json,
                (byte)'<' => SourceFormat.Html,
                _ => SourceFormat.Text,
            };
        }
        return SourceFormat.Text;
    }

    internal InputFile ToInputFile()
    {
        var extension = Format switch
        {
            SourceFormat.Markdown => ".md",
            SourceFormat.Html => ".html",
            SourceFormat.Json => ".json",
            SourceFormat.JsonLines => ".jsonl",
            SourceFormat.Csv => ".csv",
            _ => ".txt",
        };
        var path = Name + extension;
        return new InputFile("", path, Name == "stdin" ? "-" : path, Format, Gzipped: false);
    }

    private static byte[] Utf8(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encoding.UTF8.GetBytes(text);
    }
}
