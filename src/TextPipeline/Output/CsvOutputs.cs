using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Output;

/// <summary>The contract's CSV files: the columns in the contract's order first; lists in a cell joined with "; ".</summary>
internal static class CsvOutputs
{
    public const string ListSeparator = "; ";

    public static void WriteArticles(Stream stream, IEnumerable<ArticleAnalysis> articles)
    {
        using var csv = new CsvTableWriter(stream, "id", "path", "title", "author", "published", "url", "language", "sentences",
            "words", "summary", "tags", "topic", "duplicate_of", "diagnostics", "sha256", "subjects", "subject_ids");
        foreach (var a in articles)
        {
            var m = a.Article.Metadata;
            var topic = a.Topics.Count > 0 ? a.Topics.MaxBy(t => t.Weight)!.Label : null;
            csv.WriteRow(a.Id, a.Article.Path, m.Title, m.Author, m.Published, m.Url, m.Language,
                Numbers.Format(a.SentenceCount), Numbers.Format(a.WordCount), a.Summary.Text,
                string.Join(ListSeparator, a.Tags.Select(t => t.Name)), topic, a.DuplicateOf,
                string.Join(ListSeparator, a.Diagnostics.Select(d => d.Id).Distinct()), a.Article.Sha256,
                string.Join(ListSeparator, a.Subjects.Select(s => s.Label)), string.Join(ListSeparator, a.Subjects.Select(s => s.Code)));
        }
    }

    public static void WriteEntities(Stream stream, IEnumerable<ArticleAnalysis> articles)
    {
        // The contract's columns, then the entity's confidence and whether its id is a listed entity's.
        using var csv = new CsvTableWriter(stream, "article_id", "name", "type", "entity_id", "salience", "start", "end", "mention", "confidence", "linked");
        foreach (var a in articles)
        {
            var rows = a.Entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
                .OrderBy(x => x.Mention.Start).ThenBy(x => x.Mention.End).ThenBy(x => x.Entity.Name, StringComparer.Ordinal);
            foreach (var (e, m) in rows)
            {
                csv.WriteRow(a.Id, e.Name, e.Type, e.Id, Numbers.Format(e.Salience), Numbers.Format(m.Start), Numbers.Format(m.End),
                    a.Article.Text.ToString(m), Numbers.Format(e.Confidence), e.Linked ? "true" : "false");
            }
        }
    }

    public static void WriteKeyphrases(Stream stream, IEnumerable<ArticleAnalysis> articles)
    {
        using var csv = new CsvTableWriter(stream, "article_id", "rank", "text", "score", "start", "end");
        foreach (var a in articles)
        {
            var rank = 0;
            foreach (var k in a.Keyphrases)
            {
                csv.WriteRow(a.Id, Numbers.Format(++rank), k.Text, Numbers.Format(k.Score), Numbers.Format(k.Span.Start), Numbers.Format(k.Span.End));
            }
        }
    }

    public static void WriteTags(Stream stream, IEnumerable<ArticleAnalysis> articles)
    {
        using var csv = new CsvTableWriter(stream, "article_id", "rank", "name", "kind", "type", "relevance", "confidence", "tag_id");
        foreach (var a in articles)
        {
            var rank = 0;
            foreach (var t in a.Tags)
            {
                csv.WriteRow(a.Id, Numbers.Format(++rank), t.Name, t.Kind, t.Type, Numbers.Format(t.Relevance), Numbers.Format(t.Confidence), t.Id);
            }
        }
    }

    public static void WriteTopics(Stream stream, CorpusAnalysis corpus)
    {
        using var csv = new CsvTableWriter(stream, "id", "label", "size", "top_terms");
        foreach (var t in corpus.Topics.OrderBy(t => t.Id))
        {
            csv.WriteRow(Numbers.Format(t.Id), t.Label, Numbers.Format(t.Size), string.Join(ListSeparator, t.TopTerms));
        }
    }

    public static void WriteRelated(Stream stream, IEnumerable<ArticleAnalysis> articles)
    {
        using var csv = new CsvTableWriter(stream, "article_id", "rank", "related_id", "score", "reasons");
        foreach (var a in articles)
        {
            var rank = 0;
            foreach (var r in a.Related)
            {
                csv.WriteRow(a.Id, Numbers.Format(++rank), r.Id, Numbers.Format(r.Score), string.Join(ListSeparator, r.Reasons));
            }
        }
    }

    public static void WriteDiagnostics(Stream stream, IEnumerable<Diagnostic> diagnostics)
    {
        using var csv = new CsvTableWriter(stream, "path", "line", "column", "id", "severity", "message", "article_id");
        foreach (var d in diagnostics)
        {
            // Corpus-wide diagnostics have no place in a file: their line and column stay empty (positions are one-based).
            csv.WriteRow(d.Path, d.Position is null ? "" : Numbers.Format(d.Line), d.Position is null ? "" : Numbers.Format(d.Column), d.Id, d.Severity.ToText(), d.Message, d.ArticleId);
        }
    }
}
