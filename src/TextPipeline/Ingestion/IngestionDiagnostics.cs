using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Ingestion;

/// <summary>Diagnostics of the ingestion stage (TP1xxx).</summary>
public static class IngestionDiagnostics
{
    private const string Category = "Ingestion";

    public static readonly DiagnosticDescriptor Unreadable = new(
        "TP1001", "Input file cannot be read", "Cannot read the file: {0}", Category, DiagnosticSeverity.Error,
        "The file could not be opened or read (permissions, I/O error, vanished during the run). It is skipped.");

    public static readonly DiagnosticDescriptor Binary = new(
        "TP1002", "Input file is binary", "The file looks binary ({0}); it is skipped", Category, DiagnosticSeverity.Error,
        "The file holds NUL bytes or many control characters, so it is not text. It is skipped.");

    public static readonly DiagnosticDescriptor Empty = new(
        "TP1003", "No article text", "The article has no text{0}", Category, DiagnosticSeverity.Warning,
        "The file or record is empty, or nothing remained after site chrome was removed. The article is written with empty analysis fields.");

    public static readonly DiagnosticDescriptor ChromeRemoved = new(
        "TP1004", "Site chrome removed", "Removed {0} line(s) of site chrome ({1}) from the article text", Category, DiagnosticSeverity.Info,
        "Navigation, related/latest-news lists, bylines with view counts, share and subscribe lines were recognised and kept out of the article text.");

    public static readonly DiagnosticDescriptor Windows1252Fallback = new(
        "TP1005", "Not valid UTF-8: decoded as Windows-1252", "The file is not valid UTF-8 (first bad byte at offset {0}); decoded as Windows-1252", Category, DiagnosticSeverity.Warning,
        "The bytes are not valid UTF-8 and there is no byte-order mark, so the file was decoded as Windows-1252 (a superset of Latin-1). Check the characters near the position.");

    public static readonly DiagnosticDescriptor CorruptGzip = new(
        "TP1006", "Corrupt or truncated gzip", "The gzip stream is corrupt or truncated: {0}", Category, DiagnosticSeverity.Error,
        "The .gz file could not be decompressed completely. It is skipped.");

    public static readonly DiagnosticDescriptor TooLarge = new(
        "TP1007", "Input file too large", "The file is {0} bytes, over the limit of {1:N0} bytes; it is skipped", Category, DiagnosticSeverity.Error,
        "Files over the size limit (--max-file-size, also applied to the decompressed size of .gz files) are skipped so one huge file cannot exhaust memory. The limit is enforced while reading, so a file that reports a wrong length is stopped too.");

    public static readonly DiagnosticDescriptor MalformedJson = new(
        "TP1008", "Malformed JSON", "Malformed JSON: {0}", Category, DiagnosticSeverity.Error,
        "A .json file or a .jsonl line is not valid JSON, or not an object. The record is skipped; the other records of the file are kept.");

    public static readonly DiagnosticDescriptor MalformedCsv = new(
        "TP1009", "Malformed CSV", "Malformed CSV: {0}", Category, DiagnosticSeverity.Error,
        "A .csv file has no header, no text column, or a row that cannot be parsed. Bad rows are skipped; good rows are kept.");

    public static readonly DiagnosticDescriptor NoMainContent = new(
        "TP1010", "No main content found in HTML", "No main article content was found in the HTML page{0}", Category, DiagnosticSeverity.Warning,
        "The HTML parsed, but no block of article-like text was found (an index page, an empty page or script-only markup).");

    public static readonly DiagnosticDescriptor ExactDuplicate = new(
        "TP1011", "Exact duplicate", "The input is byte-identical to '{0}'", Category, DiagnosticSeverity.Info,
        "Two inputs have the same SHA-256. Both are analysed; the later id names the earlier as duplicate_of and it is excluded from related links.");

    public static readonly DiagnosticDescriptor UnsupportedFormat = new(
        "TP1012", "Unsupported file type", "Skipped: '{0}' is not a supported article format", Category, DiagnosticSeverity.Hidden,
        "Only .txt, .md, .html, .htm, .json, .jsonl, .csv, .xml, .rss and .atom (optionally .gz) are read. Given directly on the command line such a file is reported as a warning.");

    public static readonly DiagnosticDescriptor DirectoryLoop = new(
        "TP1013", "Directory loop", "Skipped a symbolic link that leads back into a folder already walked: {0}", Category, DiagnosticSeverity.Warning,
        "A symbolic link points to one of its own ancestors (or to a folder already walked). It is not followed again.");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "TP1014", "Published date rejected", "Published date '{0}' was ignored: {1}", Category, DiagnosticSeverity.Warning,
        "A published date that cannot be parsed, or that lies in the future, is not trusted and left out of the output.");

    public static readonly DiagnosticDescriptor MissingBody = new(
        "TP1015", "Record has no body", "The record has no body, text or content field", Category, DiagnosticSeverity.Error,
        "A JSON/JSONL/CSV record or feed item needs a body: 'body', 'text' or 'content' (also JSON Feed 'content_html'/'content_text', WordPress 'content.rendered', schema.org 'articleBody', RSS 'content:encoded'/'description', Atom 'content'/'summary'). The record is skipped; the diagnostic points at the record's line and column.");

    public static readonly DiagnosticDescriptor InputNotFound = new(
        "TP1016", "Input not found", "The input path does not exist: {0}", Category, DiagnosticSeverity.Error,
        "A path given on the command line does not exist.");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "TP1017", "Two inputs have the same id", "Article id '{0}' is already used by '{1}'; this one is named '{2}'", Category, DiagnosticSeverity.Warning,
        "Two inputs map to the same id (e.g. a.txt and a.html, or two records with the same id). The later one keeps its extension or gets a suffix so no article is lost.");

    public static readonly DiagnosticDescriptor ControlCharacters = new(
        "TP1018", "Control characters in text", "The text holds {0} control character(s); they are kept but may disturb analysis", Category, DiagnosticSeverity.Info,
        "Stray control characters (other than tab, CR and LF) were found in the text.");

    public static readonly DiagnosticDescriptor Truncated = new(
        "TP1019", "Text looks truncated", "The text ends in the middle of a sentence{0}", Category, DiagnosticSeverity.Hidden,
        "The last paragraph has no final punctuation; the input may have been cut off.");

    public static readonly DiagnosticDescriptor NotRegularFile = new(
        "TP1020", "Not a regular file", "Skipped: the input is {0}", Category, DiagnosticSeverity.Error,
        "Only regular files are read. A FIFO (named pipe) would block the run until something writes to it, and a device such as /dev/zero or /dev/urandom never ends; sockets and devices are skipped too, also behind a symbolic link.");

    public static readonly DiagnosticDescriptor IngestionFailed = new(
        "TP1021", "Input could not be ingested", "The input could not be ingested ({0}); it is skipped", Category, DiagnosticSeverity.Error,
        "Reading the file failed in an unexpected way. The file is skipped and every other input is still analysed. Please report the file: this is a bug.");

    public static readonly DiagnosticDescriptor BytesReplaced = new(
        "TP1022", "Invalid bytes replaced", "Replaced {0} invalid byte sequence(s) or NUL byte(s) with U+FFFD (the first here); the rest is decoded as {1}", Category, DiagnosticSeverity.Warning,
        "The file is text in a Unicode encoding with a few bytes that are not: invalid UTF-8 sequences or NUL bytes. Only those bytes are replaced with the replacement character U+FFFD; everything else is decoded as it is.");

    public static readonly DiagnosticDescriptor LoneSurrogate = new(
        "TP1023", "Lone surrogate escape replaced", "A lone surrogate escape ({0}) in a JSON string was replaced with U+FFFD", Category, DiagnosticSeverity.Warning,
        "JSON allows \\uD800-\\uDFFF escapes that do not form a pair, but they encode no character. Each one is replaced with U+FFFD and the record is read as usual.");

    public static readonly DiagnosticDescriptor NotEnglish = new(
        "TP1024", "Article not in English", "The article is in {0} ({1}); entities, keyphrases, topics, tags, summary and related links are English-only and are left empty", Category, DiagnosticSeverity.Warning,
        "The article's language was detected from its text (SearchPioneer.Lingua over 29 languages). The analysis stages are trained on English: on other languages they produce misleading tags and entities, so the article is written with its text, structure, metadata and language only, and is left out of corpus statistics (keyphrase document frequencies, topic training, related links).");

    public static readonly DiagnosticDescriptor FileNameNotUtf8 = new(
        "TP1025", "File name is not valid UTF-8", "The file name is not valid UTF-8 ({0}); it cannot be opened by name and is skipped. Rename it", Category, DiagnosticSeverity.Error,
        "File names are read as UTF-8. A name holding other bytes (e.g. Latin-1 from an old archive) cannot be passed back to the file system, so the file is skipped; it is still counted among the run's files.");

    public static readonly DiagnosticDescriptor LimitReached = new(
        "TP1026", "Article cut at a limit", "The article was cut: {0}", Category, DiagnosticSeverity.Warning,
        "No real article needs more than 200,000 characters of text (the longest news features have about 100,000; summaries compare every pair of sentences), an HTML page of more than 8 MiB (the largest of the article-extraction benchmark has 1.1 MB) or 400 levels of HTML nesting. Beyond those limits the rest is left out (text after the last line break before the limit; HTML after the last tag or line end before 8 MiB; tags nested deeper, whose text is kept), so one pathological input cannot take minutes or gigabytes: analysis needs about 70 bytes of memory per character of text.");

    public static readonly DiagnosticDescriptor MalformedFeed = new(
        "TP1027", "Malformed or unrecognised XML feed", "Malformed XML feed: {0}", Category, DiagnosticSeverity.Error,
        "An .xml/.rss/.atom file is not well-formed XML, or its root is not <rss>, <feed> (Atom) or <rdf:RDF>. Items before a syntax error are kept; the diagnostic points where the XML reader stopped.");

    public static readonly DiagnosticDescriptor BadGazetteerRow = new(
        "TP1028", "Gazetteer row ignored", "--gazetteer {0}", Category, DiagnosticSeverity.Warning,
        "A row of the --gazetteer CSV (name,type,aliases,id) could not be used: no name, an unknown type, or broken quoting. The other rows are used.");

    public static readonly DiagnosticDescriptor OutputFolderSkipped = new(
        "TP1029", "Output folder skipped", "Skipped the folder '{0}': it holds TextPipeline outputs", Category, DiagnosticSeverity.Info,
        "A folder inside an input folder that holds the outputs of a run (it has a .textpipeline-runs folder, e.g. an --out folder placed among the articles) is not read, so a run never ingests its own or another run's outputs.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        Unreadable, Binary, Empty, ChromeRemoved, Windows1252Fallback, CorruptGzip, TooLarge, MalformedJson, MalformedCsv,
        NoMainContent, ExactDuplicate, UnsupportedFormat, DirectoryLoop, InvalidDate, MissingBody, InputNotFound,
        DuplicateId, ControlCharacters, Truncated, NotRegularFile, IngestionFailed, BytesReplaced, LoneSurrogate, NotEnglish,
        FileNameNotUtf8, LimitReached, MalformedFeed, BadGazetteerRow, OutputFolderSkipped,
    ];
}
