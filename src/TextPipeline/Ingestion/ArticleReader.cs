using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion.Html;
using TextPipeline.Ingestion.Markdown;
using TextPipeline.Ingestion.PlainText;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Reads one input file into articles. Never throws for bad input: unreadable, binary, empty, huge, corrupt gzip,
/// mis-encoded or malformed files give diagnostics, and every good record of a file is kept.
/// </summary>
internal sealed class ArticleReader
{
    private readonly long _maxBytes;
    private readonly DateTimeOffset _now;

    public ArticleReader(long maxBytes = 64L * 1024 * 1024, DateTimeOffset? now = null)
    {
        _maxBytes = maxBytes;
        _now = now ?? DateTimeOffset.UtcNow;
    }

    public IngestResult Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
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
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.FirstInvalidUtf8Byte >= 0)
        {
            var where = ArticleText.From(decoded.Text).GetLinePosition((int)Math.Min(decoded.FirstInvalidUtf8Byte, decoded.Text.Length));
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Windows1252Fallback, file.RelativePath, where, file.Id, decoded.FirstInvalidUtf8Byte));
        }
        var articles = file.Format switch
        {
            SourceFormat.Text => [FromPlainText(file, sha, decoded.Text)],
            SourceFormat.Markdown => [FromMarkdown(file, sha, decoded.Text)],
            SourceFormat.Html => [FromHtml(file, file.Id, sha, decoded.Text, SourceMapOrigin.File, 0, diagnostics)],
            SourceFormat.Json => FromJson(file, decoded.Text, diagnostics),
            SourceFormat.JsonLines => FromJsonLines(file, decoded.Text, diagnostics),
            SourceFormat.Csv => FromCsv(file, decoded.Text, diagnostics),
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

    private byte[]? ReadBytes(InputFile file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > _maxBytes)
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.TooLarge, file.RelativePath, null, file.Id, length, _maxBytes));
                return null;
            }
            var raw = File.ReadAllBytes(file.FullPath);
            if (!file.Gzipped) return raw;
            try
            {
                using var gz = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
                using var output = new MemoryStream();
                var buffer = new byte[81920];
                int n;
                while ((n = gz.Read(buffer)) > 0)
                {
                    output.Write(buffer, 0, n);
                    if (output.Length > _maxBytes)
                    {
                        diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.TooLarge, file.RelativePath, null, file.Id, output.Length, _maxBytes));
                        return null;
                    }
                }
                var result = output.ToArray();
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
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Unreadable, file.RelativePath, null, file.Id, e.Message));
            return null;
        }
    }

    private enum SourceMapOrigin { File, Record }

    private static Article FromPlainText(InputFile file, string sha, string text)
    {
        var body = PlainTextParser.Parse(text, detectTitle: true);
        var map = new SourceMap(body.Segments, ArticleText.From(text).LineStarts);
        return Build(file, file.Id, sha, SourceFormat.Text, body, new ArticleMetadata(body.Title, body.Byline, null, null), map,
            ChromePosition(text, body));
    }

    private Article FromMarkdown(InputFile file, string sha, string text)
    {
        var (body, front) = MarkdownParser.Parse(text);
        var map = new SourceMap(body.Segments, ArticleText.From(text).LineStarts);
        var extra = ImmutableArray.CreateBuilder<Diagnostic>();
        var published = ValidateDate(Get(front, "published") ?? Get(front, "date"), file, file.Id, extra);
        var meta = new ArticleMetadata(body.Title, body.Byline, published, Get(front, "url"));
        var article = Build(file, file.Id, sha, SourceFormat.Markdown, body, meta, map, ChromePosition(text, body));
        return extra.Count == 0 ? article : article with { Diagnostics = article.Diagnostics.Concat(extra).ToEquatableArray() };

        static string? Get(Dictionary<string, string> d, string key) => d.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
    }

    private Article FromHtml(InputFile file, string id, string sha, string html, SourceMapOrigin origin, int line,
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
            fileDiagnostics.Add(Diagnostic.Create(IngestionDiagnostics.NoMainContent, file.RelativePath, null, id, $" ({e.GetType().Name}: {e.Message})"));
        }
        var body = new StructuredText(extraction.Text, extraction.Segments, extraction.Headings, extraction.Paragraphs,
            extraction.Title, extraction.Author, extraction.RemovedBlocks, extraction.RemovedBlocks > 0 ? ["boilerplate blocks"] : [], -1);
        var map = origin == SourceMapOrigin.File
            ? new SourceMap(extraction.Segments, ArticleText.From(html).LineStarts)
            : SourceMap.ForLine(line);
        var extra = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!extraction.FoundMainContent && extraction.Text.Length == 0 && html.Trim().Length > 0)
        {
            extra.Add(Diagnostic.Create(IngestionDiagnostics.NoMainContent, file.RelativePath, null, id, ""));
        }
        var published = ValidateDate(record?.Published ?? extraction.Published, file, id, extra);
        var meta = new ArticleMetadata(
            NullIfEmpty(record?.Title) ?? extraction.Title, NullIfEmpty(record?.Author) ?? extraction.Author, published,
            NullIfEmpty(record?.Url) ?? extraction.Url);
        var article = Build(file, id, sha, SourceFormat.Html, body, meta, map, null, reportEmpty: extra.Count == 0);
        return extra.Count == 0 ? article : article with { Diagnostics = article.Diagnostics.Concat(extra).ToEquatableArray() };
    }

    private ImmutableArray<Article> FromJson(InputFile file, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var position = new LinePosition((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, position, file.Id, e.Message));
            return [];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return FromRecord(file, RecordOf(root), 1, 0, Encoding.UTF8.GetBytes(text), diagnostics, single: true) is { } a ? [a] : [];
            }
            if (root.ValueKind == JsonValueKind.Array)
            {
                var articles = ImmutableArray.CreateBuilder<Article>();
                var row = 0;
                foreach (var item in root.EnumerateArray())
                {
                    row++;
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, null, $"{file.Id}#{row}", $"item {row} is not an object"));
                        continue;
                    }
                    if (FromRecord(file, RecordOf(item), row, 0, Encoding.UTF8.GetBytes(item.GetRawText()), diagnostics, single: false) is { } a)
                    {
                        articles.Add(a);
                    }
                }
                return articles.ToImmutable();
            }
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, null, file.Id, "the document is not an object"));
            return [];
        }
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
            try
            {
                using var document = JsonDocument.Parse(line.ToString());
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, new LinePosition(i, 0), $"{file.Id}#{row}", "the line is not a JSON object"));
                    continue;
                }
                if (FromRecord(file, RecordOf(document.RootElement), row, i, Encoding.UTF8.GetBytes(line.ToString()), diagnostics, single: false) is { } a)
                {
                    articles.Add(a);
                }
            }
            catch (JsonException e)
            {
                var position = new LinePosition(i, (int)(e.BytePositionInLine ?? 0));
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedJson, file.RelativePath, position, $"{file.Id}#{row}", e.Message));
            }
        }
        return articles.ToImmutable();
    }

    private ImmutableArray<Article> FromCsv(InputFile file, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var badRows = new List<(int Line, string Message)>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = a => badRows.Add((a.Context.Parser?.RawRow ?? 0, "bad quoting near: " + Shorten(a.RawRecord))),
            MissingFieldFound = null,
            HeaderValidated = null,
        };
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, config);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedCsv, file.RelativePath, null, file.Id, "no header row"));
                return [];
            }
            var names = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            if (!RecordFields.BodyNames.Any(names.Contains))
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedCsv, file.RelativePath, new LinePosition(0, 0), file.Id,
                    "the header has no body, text or content column"));
                return [];
            }
            var row = 0;
            while (csv.Read())
            {
                row++;
                var line = csv.Parser.RawRow - 1;
                if (badRows.Count > 0 && badRows[^1].Line == csv.Parser.RawRow)
                {
                    diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedCsv, file.RelativePath, new LinePosition(line, 0), $"{file.Id}#{row}", badRows[^1].Message));
                    continue;
                }
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var c = 0; c < names.Length; c++)
                {
                    if (csv.TryGetField<string>(c, out var v) && v is not null) values.TryAdd(names[c], v);
                }
                var fields = RecordFields.From(n => values.TryGetValue(n, out var v) ? v : null);
                var raw = Encoding.UTF8.GetBytes(csv.Parser.RawRecord ?? string.Join(",", values.Values));
                if (FromRecord(file, fields, row, line, raw, diagnostics, single: false) is { } a) articles.Add(a);
            }
        }
        catch (Exception e) when (e is CsvHelperException or InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MalformedCsv, file.RelativePath, null, file.Id, e.Message.Split('\n')[0]));
        }
        return articles.ToImmutable();
    }

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 40 ? s.Trim() : s[..40].Trim() + "…";

    private static RecordFields RecordOf(JsonElement element)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Array => string.Join(", ", property.Value.EnumerateArray()
                    .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object && x.TryGetProperty("name", out var n) ? n.GetString() : null)
                    .Where(x => !string.IsNullOrEmpty(x))),
                JsonValueKind.Object when property.Value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                _ => null,
            };
            if (value is not null) values.TryAdd(property.Name, value);
        }
        return RecordFields.From(n => values.TryGetValue(n, out var v) ? v : null);
    }

    private Article? FromRecord(InputFile file, RecordFields record, int row, int line, byte[] rawBytes,
        ImmutableArray<Diagnostic>.Builder diagnostics, bool single)
    {
        var recordId = NullIfEmpty(record.Id?.Trim());
        var id = single && recordId is null ? file.Id : $"{file.Id}#{recordId ?? row.ToString(CultureInfo.InvariantCulture)}";
        if (record.Body is null)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.MissingBody, file.RelativePath, new LinePosition(line, 0), id));
            return null;
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(rawBytes));
        if (LooksLikeHtml(record.Body))
        {
            var recordDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            return FromHtml(file, id, sha, record.Body, SourceMapOrigin.Record, line, recordDiagnostics, record) is var article && recordDiagnostics.Count > 0
                ? article with { Diagnostics = recordDiagnostics.Concat(article.Diagnostics).ToEquatableArray() }
                : article;
        }
        var body = PlainTextParser.Parse(record.Body, detectTitle: false);
        var extra = ImmutableArray.CreateBuilder<Diagnostic>();
        var published = ValidateDate(record.Published, file, id, extra, line);
        var meta = new ArticleMetadata(NullIfEmpty(record.Title?.Trim()), NullIfEmpty(record.Author?.Trim()) ?? body.Byline, published, NullIfEmpty(record.Url?.Trim()));
        var result = Build(file, id, sha, file.Format, body, meta, SourceMap.ForLine(line),
            body.ChromeLines > 0 ? new LinePosition(line, 0) : null);
        return extra.Count == 0 ? result : result with { Diagnostics = result.Diagnostics.Concat(extra).ToEquatableArray() };
    }

    private static bool LooksLikeHtml(string body)
    {
        var t = body.AsSpan().TrimStart();
        return t.StartsWith("<") && (body.Contains("</p>", StringComparison.OrdinalIgnoreCase)
            || body.Contains("<br", StringComparison.OrdinalIgnoreCase) || body.Contains("</div>", StringComparison.OrdinalIgnoreCase)
            || body.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    private string? ValidateDate(string? raw, InputFile file, string id, ImmutableArray<Diagnostic>.Builder diagnostics, int line = -1)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (PublishedDate.TryNormalize(raw, _now, out var iso, out var reason)) return iso;
        diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.InvalidDate, file.RelativePath, line >= 0 ? new LinePosition(line, 0) : null, id, raw.Trim(), reason));
        return null;
    }

    private static LinePosition? ChromePosition(string source, StructuredText body) =>
        body.FirstChromeOffset >= 0 ? ArticleText.From(source).GetLinePosition(body.FirstChromeOffset) : null;

    private static Article Build(InputFile file, string id, string sha, SourceFormat format, StructuredText body,
        ArticleMetadata metadata, SourceMap map, LinePosition? chromeAt, bool reportEmpty = true)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (body.ChromeLines > 0 && format != SourceFormat.Html)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.ChromeRemoved, file.RelativePath, chromeAt, id,
                body.ChromeLines, string.Join(", ", body.ChromeKinds)));
        }
        var text = ArticleText.From(body.Text);
        if (reportEmpty && body.Text.AsSpan().IsWhiteSpace())
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Empty, file.RelativePath, null, id,
                body.ChromeLines > 0 ? " after site chrome was removed" : ""));
        }
        var controls = 0;
        foreach (var c in body.Text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) controls++;
        }
        if (controls > 0)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.ControlCharacters, file.RelativePath, null, id, controls));
        }
        return new Article(id, file.RelativePath, sha, format, text, metadata,
            body.Headings.ToEquatableArray(), body.Paragraphs.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            SourceMap = map,
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
