namespace TextPipeline.Ingestion;

/// <summary>
/// One input file found by <see cref="InputWalker"/>. <see cref="RelativePath"/> is '/'-separated and relative to the
/// input folder (or the file name for a file given directly): it is the article's <c>path</c> and the base of its id.
/// <see cref="DisplayPath"/> is how the user named it (input argument + relative path), used on stderr.
/// </summary>
public sealed record InputFile(string FullPath, string RelativePath, string DisplayPath, SourceFormat Format, bool Gzipped)
{
    /// <summary>The contract's id: relative path without the format extension and without <c>.gz</c>.</summary>
    public string Id
    {
        get
        {
            var name = RelativePath;
            if (Gzipped && name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
            var slash = name.LastIndexOf('/');
            var dot = name.LastIndexOf('.');
            return dot > slash + 1 ? name[..dot] : name;
        }
    }

    /// <summary>The format for a file name, or null when the extension is not an article format.</summary>
    public static (SourceFormat Format, bool Gzipped)? FormatOf(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        var gz = name.EndsWith(".gz", StringComparison.Ordinal);
        if (gz) name = name[..^3];
        SourceFormat? format = Path.GetExtension(name) switch
        {
            ".txt" or ".text" => SourceFormat.Text,
            ".md" or ".markdown" => SourceFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".json" or ".jsonld" => SourceFormat.Json,
            ".jsonl" or ".ndjson" => SourceFormat.JsonLines,
            ".csv" => SourceFormat.Csv,
            ".xml" or ".rss" or ".atom" => SourceFormat.Feed,
            _ => null,
        };
        return format is { } f ? (f, gz) : null;
    }
}
