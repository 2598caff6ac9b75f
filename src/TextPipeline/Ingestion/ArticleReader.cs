using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion.Html;
using TextPipeline.Ingestion.Languages;
using TextPipeline.Ingestion.Markdown;
using TextPipeline.Ingestion.PlainText;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Reads one input file into articles. Never throws for bad input: unreadable, non-regular, binary, empty, huge,
/// corrupt gzip, mis-encoded or malformed files give diagnostics, every good record of a file is kept, and a failure
/// nobody foresaw is reported as TP1021 for that file alone. Each article's language is identified; articles not in
/// English carry TP1024 and are left out of the English-only stages.
/// </summary>
internal sealed class ArticleReader
{
    private readonly long _maxBytes;
    private readonly DateTimeOffset _now;
    private readonly LanguageIdentifier _languages;

    public ArticleReader(long maxBytes = 64L * 1024 * 1024, DateTimeOffset? now = null, LanguageIdentifier? languages = null)
    {
        _maxBytes = maxBytes;
        _now = now ?? DateTimeOffset.UtcNow;
        _languages = languages ?? new LanguageIdentifier();
    }

    public IngestResult Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return ReadFile(file, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The last line of defence: one file's unforeseen failure must not sink the run.
            return new IngestResult([], [Diagnostic.Create(IngestionDiagnostics.IngestionFailed, file.RelativePath, null, file.Id, $"{e.GetType().Name}: {e.Message}")]);
        }
    }

    /// <summary>Reads text given directly (e.g. standard input): decoded and checked as a file's bytes would be.</summary>
    public static (string? Text, ImmutableArray<Diagnostic> Diagnostics) DecodeText(ReadOnlySpan<byte> bytes, string path)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (TextDecoder.LooksBinary(bytes, out var why))
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Binary, path, null, null, why));
            return (null, diagnostics.ToImmutable());
        }
        var decoded = TextDecoder.Decode(bytes);
        ReportDecoding(decoded, path, null, diagnostics);
        return (decoded.Text, diagnostics.ToImmutable());
    }

    private IngestResult ReadFile(InputFile file, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (file.FullPath.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(file.FullPath))
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.FileNameNotUtf8, file.RelativePath, null, file.Id, file.RelativePath));
            return new IngestResult([], diagnostics.ToImmutable());
        }
        byte[]? bytes = ReadBytes(file, diagnostics);
        if (bytes is null) return new IngestResult([], diagnostics.ToImmutable());
        return Read(file, bytes, diagnostics, cancellationToken);
    }

    /// <summary>
    /// Reads articles from bytes already in memory (stdin, a request body, the library API); <paramref name="file"/>
    /// names them (path, id, format). Never throws for bad input.
    /// </summary>
    public IngestResult Read(InputFile file, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(bytes);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (bytes.LongLength > _maxBytes)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.TooLarge, file.RelativePath, null, file.Id, bytes.LongLength, _maxBytes));
            return new IngestResult([], diagnostics.ToImmutable());
        }
        return Read(file, bytes, diagnostics, cancellationToken);
    }

    private IngestResult Read(InputFile file, byte[] bytes, ImmutableArray<Diagnostic>.Builder diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (TextDecoder.LooksBinary(bytes, out var why))
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Binary, file.RelativePath, null, file.Id, why));
            return new IngestResult([], diagnostics.ToImmutable());
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // A plain-text or Markdown file is one article, whose text is cut anyway: only its start is decoded.
        var oneArticle = file.Format is SourceFormat.Text or SourceFormat.Markdown;
        ReadOnlySpan<byte> source = oneArticle ? ArticleLimits.SourcePrefix(bytes)
            : file.Format == SourceFormat.Html ? ArticleLimits.HtmlPrefix(bytes) : bytes;
        var decoded = TextDecoder.Decode(source);
        ReportDecoding(decoded, file.RelativePath, file.Id, diagnostics);
        if (file.Format == SourceFormat.Html && source.Length < bytes.Length)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.LimitReached, file.RelativePath, null, file.Id, string.Create(CultureInfo.InvariantCulture,
                $"the page has {bytes.LongLength:N0} bytes; only its first {source.Length:N0} (up to {ArticleLimits.MaxHtmlBytes:N0}) are read")));
        }
        var sourceCut = oneArticle && (source.Length < bytes.Length || decoded.Text.Length > ArticleLimits.MaxSourceChars);
        var cutBytes = sourceCut ? bytes.LongLength : 0;
        var articles = file.Format switch
        {
            SourceFormat.Text => [FromPlainText(file, sha, decoded.Text, cutBytes)],
            SourceFormat.Markdown => [FromMarkdown(file, sha, decoded.Text, cutBytes)],
            SourceFormat.Html => [FromHtml(file, file.Id, sha, decoded.Text, SourceMapOrigin.File, default, diagnostics)],
            SourceFormat.Json => FromJson(file, decoded.Text, diagnostics),
            SourceFormat.JsonLines => FromJsonLines(file, decoded.Text, diagnostics),
            SourceFormat.Csv => FromCsv(file, decoded.Text, diagnostics),
            SourceFormat.Feed => FromFeed(file, decoded.Text, diagnostics),
            _ => ImmutableArray<Article>.Empty,
        };
        // File-level diagnostics that belong to the single article of the file travel with it.
        if (articles.Length == 1 && file.Format is SourceFormat.Text or SourceFormat.Markdown or SourceFormat.Html)
        {
            var article = articles[0];
            articles = [article with { Diagnostics = diagnostics.Concat(article.Diagnostics).ToEquatableArray() }];
            return new IngestResult(articles, []);
        }
        return new IngestResult(articles, diagnostics.ToImmutable());
    }

    private static void ReportDecoding(DecodedText decoded, string path, string? id, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (decoded.FirstInvalidUtf8Byte >= 0)
        {
            var where = ArticleText.From(decoded.Text).GetLinePosition((int)Math.Min(decoded.FirstInvalidUtf8Byte, decoded.Text.Length));
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Windows1252Fallback, path, where, id, decoded.FirstInvalidUtf8Byte));
        }
        if (decoded.Replaced > 0)
        {
            var where = ArticleText.From(decoded.Text).GetLinePosition(Math.Clamp(decoded.FirstReplacedChar, 0, decoded.Text.Length));
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.BytesReplaced, path, where, id, decoded.Replaced, decoded.EncodingName));
        }
    }

    private byte[]? ReadBytes(InputFile file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var raw = BoundedFile.TryReadAllBytes(file.FullPath, _maxBytes, out var problem);
        if (raw is null)
        {
            diagnostics.Add(problem!.Failure switch
            {
                BoundedReadFailure.NotRegular => Diagnostic.Create(IngestionDiagnostics.NotRegularFile, file.RelativePath, null, file.Id, problem.Message.Replace("it is ", "", StringComparison.Ordinal)),
                BoundedReadFailure.TooLarge => Diagnostic.Create(IngestionDiagnostics.TooLarge, file.RelativePath, null, file.Id, Size(problem.Bytes), _maxBytes),
                _ => Diagnostic.Create(IngestionDiagnostics.Unreadable, file.RelativePath, null, file.Id, problem.Message),
            });
            return null;
        }
        if (!file.Gzipped) return raw;
        try
        {
            using var gz = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            var result = BoundedFile.ReadBounded(gz, _maxBytes, out var gzProblem);
            if (result is null)
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.TooLarge, file.RelativePath, null, file.Id, "over " + Size(gzProblem!.Bytes - 1) + " decompressed", _maxBytes));
                return null;
            }
            if (!GzipTrailer.Matches(raw, result))
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.CorruptGzip, file.RelativePath, null, file.Id,
                    "the stream ends early or its checksum does not match"));
                return null;
            }
            return result;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.CorruptGzip, file.RelativePath, null, file.Id, e.Message));
            return null;
        }

        static string Size(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);
    }

    private enum SourceMapOrigin { File, Record }

    private Article FromPlainText(InputFile file, string sha, string text, long sourceBytes)
    {
        text = ArticleLimits.CutSource(text);
        var body = PlainTextParser.Parse(text, detectTitle: true);
        var map = new SourceMap(body.Segments, ArticleText.From(text).LineStarts);
        return Build(file, file.Id, sha, SourceFormat.Text, body, new ArticleMetadata(body.Title, body.Byline, null, null), map,
            ChromePosition(text, body), sourceBytes: sourceBytes);
    }

    private Article FromMarkdown(InputFile file, string sha, string text, long sourceBytes)
    {
        text = ArticleLimits.CutSource(text);
        var (body, front) = MarkdownParser.Parse(text);
        var map = new SourceMap(body.Segments, ArticleText.From(text).LineStarts);
        var extra = ImmutableArray.CreateBuilder<Diagnostic>();
        var published = ValidateDate(Get(front, "published") ?? Get(front, "date"), file, file.Id, extra);
        var meta = new ArticleMetadata(body.Title, body.Byline, published, Get(front, "url"));
        var article = Build(file, file.Id, sha, SourceFormat.Markdown, body, meta, map, ChromePosition(text, body), sourceBytes: sourceBytes);
        return extra.Count == 0 ? article : article with { Diagnostics = article.Diagnostics.Concat(extra).ToEquatableArray() };

        static string? Get(Dictionary<string, string> d, string key) => d.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
    }

    private Article FromHtml(InputFile file, string id, string sha, string html, SourceMapOrigin origin, LinePosition at,
        ImmutableArray<Diagnostic>.Builder fileDiagnostics, RecordFields? record = null)
    {
        HtmlExtraction extraction;
        try
        {
            extraction = HtmlArticleExtractor.Extract(html);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            extraction = new HtmlExtraction("", [], [], [], null, null, null, null, false, 0);
            fileDiagnostics.Add(Diagnostic.Create(IngestionDiagnostics.NoMainContent, file.RelativePath, origin == SourceMapOrigin.Record ? at : null, id, $" ({e.GetType().Name}: {e.Message})"));
        }
        var body = new StructuredText(extraction.Text, extraction.Segments, extraction.Headings, extraction.Paragraphs,
            extraction.Title, extraction.Author, extraction.RemovedBlocks, extraction.RemovedBlocks > 0 ? ["boilerplate blocks"] : [], -1);
        var map = origin == SourceMapOrigin.File
            ? new SourceMap(extraction.Segments, ArticleText.From(html).LineStarts)
            : SourceMap.ForLine(at.Line);
        var extra = ImmutableArray.CreateBuilder<Diagnostic>();
        var recordAt = origin == SourceMapOrigin.Record ? at : (LinePosition?)null;
        if (!extraction.FoundMainContent && extraction.Text.Length == 0 && html.Trim().Length > 0)
        {
            extra.Add(Diagnostic.Create(IngestionDiagnostics.NoMainContent, file.RelativePath, recordAt, id, ""));
        }
        foreach (var limit in extraction.Limits)
        {
            extra.Add(Diagnostic.Create(IngestionDiagnostics.LimitReached, file.RelativePath, recordAt, id, limit));
        }
        var published = ValidateDate(record?.Published ?? extraction.Published, file, id, extra, recordAt);
        var meta = new ArticleMetadata(
            NullIfEmpty(record?.Title?.Trim()) ?? extraction.Title, NullIfEmpty(record?.Author?.Trim()) ?? extraction.Author, published,
            NullIfEmpty(record?.Url?.Trim()) ?? extraction.Url);
        var article = Build(file, id, sha, SourceFormat.Html, body, meta, map, null, reportEmpty: extraction.FoundMainContent || html.Trim().Length == 0);
        return extra.Count == 0 ? article : article with { Diagnostics = article.Diagnostics.Concat(extra).ToEquatableArray() };
    }

    private ImmutableArray<Article> FromJson(InputFile file, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        text = RepairEscapes(file, text, 0, diagnostics);
        var articles = ImmutableArray.CreateBuilder<Article>();
        var error = JsonRecordReader.Read(text, item =>
        {
            var single = item.Row == 0;
            var rowId = single ? file.Id : $"{file.Id}#{item.Row}";
            if (item.Element.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, item.Position, rowId,
                    single ? "the document is not an object or an array of objects" : $"item {item.Row} is not an object"));
                return;
            }
            // A file of one record hashes as the file; records of a list hash as themselves.
            var raw = single ? Encoding.UTF8.GetBytes(text) : null;
            if (FromJsonRecord(file, item.Element, Math.Max(item.Row, 1), item.Position, diagnostics, single, raw) is { } a) articles.Add(a);
        });
        if (error is { } e)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, e.Position, file.Id,
                articles.Count > 0 ? $"{e.Message} (the {articles.Count} record(s) before it are kept)" : e.Message));
        }
        return articles.ToImmutable();
    }

    private ImmutableArray<Article> FromJsonLines(InputFile file, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var lines = TextLine.Split(text);
        var row = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].Length);
            if (line.IsWhiteSpace()) continue;
            row++;
            var json = RepairEscapes(file, line.ToString(), i, diagnostics);
            using var document = JsonRecordReader.ParseLine(json, out var error);
            if (document is null)
            {
                var position = new LinePosition(i, (int)(error!.BytePositionInLine ?? 0));
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, position, $"{file.Id}#{row}", error.Message));
                continue;
            }
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, new LinePosition(i, 0), $"{file.Id}#{row}", "the line is not a JSON object"));
                continue;
            }
            if (FromJsonRecord(file, document.RootElement, row, new LinePosition(i, 0), diagnostics, single: false) is { } a) articles.Add(a);
        }
        return articles.ToImmutable();
    }

    /// <summary>Replaces lone-surrogate escapes (reported where they are) so the JSON reads as strings.</summary>
    private static string RepairEscapes(InputFile file, string json, int firstLine, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var repaired = JsonEscapes.ReplaceLoneSurrogates(json, out var offsets);
        if (offsets.Count == 0) return json;
        var text = ArticleText.From(json);
        foreach (var offset in offsets)
        {
            var at = text.GetLinePosition(offset);
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.LoneSurrogate, file.RelativePath, at with { Line = at.Line + firstLine }, file.Id, json.Substring(offset, 6)));
        }
        return repaired;
    }

    /// <summary>One JSON record, read narrowly: a record whose fields cannot be read is reported and skipped alone.</summary>
    private Article? FromJsonRecord(InputFile file, JsonElement element, int row, LinePosition at, ImmutableArray<Diagnostic>.Builder diagnostics,
        bool single, byte[]? rawBytes = null)
    {
        RecordFields fields;
        try
        {
            fields = JsonRecord.Read(element);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, at, $"{file.Id}#{row}", e.Message));
            return null;
        }
        return FromRecord(file, fields, row, at, rawBytes ?? Encoding.UTF8.GetBytes(element.GetRawText()), diagnostics, single);
    }

    private ImmutableArray<Article> FromCsv(InputFile file, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        CsvRecordReader.Read(text,
            row =>
            {
                if (FromRecord(file, row.Fields, row.Number, new LinePosition(row.Line, 0), Encoding.UTF8.GetBytes(row.Raw), diagnostics, single: false) is { } a) articles.Add(a);
            },
            problem => diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedCsv, file.RelativePath,
                problem.Line is { } line ? new LinePosition(line, 0) : null, problem.Row > 0 ? $"{file.Id}#{problem.Row}" : file.Id, problem.Message)));
        return articles.ToImmutable();
    }

    private ImmutableArray<Article> FromFeed(InputFile file, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var error = XmlFeedReader.Read(text, item =>
        {
            var raw = Encoding.UTF8.GetBytes(string.Join('\u0001', item.Fields.Id, item.Fields.Title, item.Fields.Body, item.Fields.Url, item.Fields.Author, item.Fields.Published));
            if (FromRecord(file, item.Fields, item.Row, item.Position, raw, diagnostics, single: false) is { } a) articles.Add(a);
        });
        if (error is { } e)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedFeed, file.RelativePath, e.Position, file.Id,
                articles.Count > 0 ? $"{e.Message} (the {articles.Count} item(s) before it are kept)" : e.Message));
        }
        return articles.ToImmutable();
    }

    private Article? FromRecord(InputFile file, RecordFields record, int row, LinePosition at, byte[] rawBytes,
        ImmutableArray<Diagnostic>.Builder diagnostics, bool single)
    {
        var recordId = NullIfEmpty(record.Id?.Trim());
        var id = single && recordId is null ? file.Id : $"{file.Id}#{recordId ?? row.ToString(CultureInfo.InvariantCulture)}";
        if (record.Body is null)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MissingBody, file.RelativePath, at, id));
            return null;
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(rawBytes));
        if (record.BodyIsHtml || LooksLikeHtml(record.Body))
        {
            var recordDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            return FromHtml(file, id, sha, record.Body, SourceMapOrigin.Record, at, recordDiagnostics, record) is var article && recordDiagnostics.Count > 0
                ? article with { Diagnostics = recordDiagnostics.Concat(article.Diagnostics).ToEquatableArray() }
                : article;
        }
        var body = PlainTextParser.Parse(record.Body, detectTitle: false);
        var extra = ImmutableArray.CreateBuilder<Diagnostic>();
        var published = ValidateDate(record.Published, file, id, extra, at);
        var meta = new ArticleMetadata(NullIfEmpty(record.Title?.Trim()), NullIfEmpty(record.Author?.Trim()) ?? body.Byline, published, NullIfEmpty(record.Url?.Trim()));
        var result = Build(file, id, sha, file.Format == SourceFormat.Feed ? SourceFormat.Feed : file.Format, body, meta, SourceMap.ForLine(at.Line),
            body.ChromeLines > 0 ? at : null);
        return extra.Count == 0 ? result : result with { Diagnostics = result.Diagnostics.Concat(extra).ToEquatableArray() };
    }

    private static bool LooksLikeHtml(string body)
    {
        var t = body.AsSpan().TrimStart();
        return t.StartsWith("<") && (body.Contains("</p>", StringComparison.OrdinalIgnoreCase)
            || body.Contains("<br", StringComparison.OrdinalIgnoreCase) || body.Contains("</div>", StringComparison.OrdinalIgnoreCase)
            || body.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    private string? ValidateDate(string? raw, InputFile file, string id, ImmutableArray<Diagnostic>.Builder diagnostics, LinePosition? at = null)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (PublishedDate.TryNormalize(raw, _now, out var iso, out var reason)) return iso;
        diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.InvalidDate, file.RelativePath, at, id, raw.Trim(), reason));
        return null;
    }

    private static LinePosition? ChromePosition(string source, StructuredText body) =>
        body.FirstChromeOffset >= 0 ? ArticleText.From(source).GetLinePosition(body.FirstChromeOffset) : null;

    private Article Build(InputFile file, string id, string sha, SourceFormat format, StructuredText body,
        ArticleMetadata metadata, SourceMap map, LinePosition? chromeAt, bool reportEmpty = true, long sourceBytes = 0)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (body.ChromeLines > 0 && format != SourceFormat.Html)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.ChromeRemoved, file.RelativePath, chromeAt, id,
                body.ChromeLines, string.Join(", ", body.ChromeKinds)));
        }
        var (textValue, headings, paragraphs) = ArticleLimits.Apply(body.Text, body.Headings, body.Paragraphs, out var cut, sourceBytes);
        if (cut is not null) diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.LimitReached, file.RelativePath, null, id, cut));
        var text = ArticleText.From(textValue);
        if (reportEmpty && textValue.AsSpan().IsWhiteSpace())
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Empty, file.RelativePath, null, id,
                body.ChromeLines > 0 ? " after site chrome was removed" : ""));
        }
        var controls = 0;
        foreach (var c in textValue)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) controls++;
        }
        if (controls > 0)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.ControlCharacters, file.RelativePath, null, id, controls));
        }
        var language = _languages.Identify(textValue);
        if (!language.IsEnglish)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.NotEnglish, file.RelativePath, null, id, language.Name, language.Code));
        }
        return new Article(id, file.RelativePath, sha, format, text, metadata with { Language = language.Code },
            headings.ToEquatableArray(), paragraphs.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            SourceMap = map,
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
