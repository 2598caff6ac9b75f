using System.CommandLine;
using System.Text.Json;
using TextPipeline.Entities;
using TextPipeline.Entities.Evaluation;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval linking --input ../shared/data/bbc-news --gold data/gold/bbc-entities.tsv</c>: runs the
/// pipeline's ingest, tokenize and entities stages over the input (the stages <c>run</c> runs, in its order), scores
/// the gold articles' entities against our gold (linking precision, recall, NIL accuracy, mentions) and checks every
/// article for canonical names with letters the article lacks and for abbreviations expanded without support.
/// </summary>
public static class EvalLinkingCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Folder of articles (the gold's article ids are relative to it).", Required = true };

    public static readonly Option<string> Gold = new("--gold") { Description = "Gold TSV (article_id, start, end, mention, type, name, qid, kb_id, linkable).", Required = true };

    public static readonly Option<int> Errors = new("--errors") { Description = "How many disagreements and sanity cases to list.", DefaultValueFactory = _ => 50 };

    public static readonly Option<int> Jobs = new("--jobs", "-j") { Description = "Parallel workers.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static Command Create()
    {
        var command = new Command("linking", "Entity linking against our own gold (precision, recall, NIL accuracy) and spelling/abbreviation checks over the whole input.")
        {
            Input, Gold, Errors, Jobs,
        };
        command.SetAction((parseResult, cancellationToken) => CliModels.GuardAsync(parseResult, () =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var goldPath = parseResult.GetRequiredValue(Gold);
            if (!File.Exists(goldPath))
            {
                stderr.WriteLine($"textpipeline: error: gold file not found: {goldPath}");
                return Task.FromResult(1);
            }
            List<LinkingGoldMention> gold;
            try
            {
                using var reader = new StreamReader(goldPath);
                gold = LinkingGold.Read(reader);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException)
            {
                stderr.WriteLine($"textpipeline: error: {goldPath}: {e.Message}");
                return Task.FromResult(1);
            }
            // The stages run runs up to the entities, in its order, with its ingestion.
            var articles = EvalCorpus.Analyze(parseResult, AnalysisPipeline.Default.Through("entities"), [parseResult.GetRequiredValue(Input)], out var timings,
                new PipelineOptions { Jobs = parseResult.GetValue(Jobs) }, cancellationToken: cancellationToken);
            foreach (var g in gold)
            {
                var article = articles.FirstOrDefault(a => a.Id == g.ArticleId);
                if (article is null || g.Span.End > article.Article.Text.Length || article.Article.Text.ToString(g.Span) != g.Mention)
                {
                    stderr.WriteLine($"textpipeline: warning: gold mention '{g.Mention}' at {g.ArticleId} [{g.Span.Start}, {g.Span.End}) does not match the article text");
                }
            }
            var names = EntityResources.LoadGazetteer(CliModels.Store(parseResult));
            var knownIds = new HashSet<string>(names.Entries.Select(e => e.Id ?? EntityIds.Mint(e.Type, e.Canonical)), StringComparer.Ordinal);
            foreach (var id in gold.Select(g => g.KbId).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!knownIds.Contains(id)) stderr.WriteLine($"textpipeline: warning: gold kb_id '{id}' is not in the shipped knowledge base");
            }
            var (metrics, errors) = LinkingEvaluator.Evaluate(articles, gold);
            var sanity = EntitySanity.Check(articles, names);
            var seconds = timings.FirstOrDefault(s => s.Key == "entities (sum)").Value;
            Write(parseResult, metrics, errors, sanity, parseResult.GetValue(Errors), articles.Length, seconds);
            return Task.FromResult(0);
        }));
        return command;
    }

    private static void Write(ParseResult parseResult, LinkingMetrics m, List<LinkingError> errors, List<SanityCase> sanity, int listed, int articles, double seconds)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "linking");
            json.WriteNumber("goldArticles", m.Articles);
            json.WriteNumber("goldMentions", m.GoldMentions);
            json.WriteNumber("goldEntities", m.GoldEntities);
            json.WriteNumber("goldEntitiesInKnowledgeBase", m.GoldInKb);
            json.WriteNumber("goldEntitiesLinkable", m.GoldLinkable);
            json.WriteNumber("systemLinks", m.SystemLinks);
            json.WriteNumber("correctLinks", m.CorrectLinks);
            json.WriteNumber("linkPrecision", Math.Round(m.LinkPrecision, 4));
            json.WriteNumber("linkRecall", Math.Round(m.LinkRecall, 4));
            json.WriteNumber("linkableRecall", Math.Round(m.LinkableRecall, 4));
            json.WriteNumber("nilAccuracy", Math.Round(m.NilAccuracy, 4));
            json.WriteNumber("nilFound", m.GoldNilFound);
            json.WriteNumber("mentionPrecision", Math.Round(m.MentionPrecision, 4));
            json.WriteNumber("mentionRecall", Math.Round(m.MentionRecall, 4));
            json.WriteNumber("mentionSpansFound", m.MentionsFound);
            json.WriteNumber("articlesChecked", articles);
            json.WriteNumber("foreignSpellings", sanity.Count(s => s.Kind == "foreign-spelling"));
            json.WriteNumber("unsupportedExpansions", sanity.Count(s => s.Kind == "unsupported-expansion"));
            json.WriteNumber("listedExpansions", sanity.Count(s => s.Kind == "listed-expansion"));
            json.WriteNumber("entityStageSeconds", Math.Round(seconds, 2));
            json.WriteStartArray("errors");
            foreach (var e in errors.Take(listed))
            {
                json.WriteStartObject();
                json.WriteString("article", e.ArticleId);
                json.WriteString("kind", e.Kind);
                json.WriteString("gold", e.GoldName);
                json.WriteString("goldId", e.GoldId);
                json.WriteString("system", e.SystemName);
                json.WriteString("systemId", e.SystemId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("sanity");
            foreach (var group in sanity.GroupBy(s => (s.Kind, s.Name, s.Mention)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenByDescending(g => g.Count()).Take(listed))
            {
                json.WriteStartObject();
                json.WriteString("kind", group.Key.Kind);
                json.WriteString("name", group.Key.Name);
                json.WriteString("mention", group.Key.Mention);
                json.WriteNumber("articles", group.Count());
                json.WriteString("example", group.First().ArticleId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
