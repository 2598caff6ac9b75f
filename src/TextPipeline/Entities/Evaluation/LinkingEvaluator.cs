using TextPipeline.Pipeline;
using TextPipeline.Text;

namespace TextPipeline.Entities.Evaluation;

/// <summary>Scores of <c>eval linking</c> on our own gold (entity level, within each article).</summary>
/// <param name="Articles">Gold articles found in the run.</param>
/// <param name="GoldMentions">Gold mentions.</param>
/// <param name="MentionsFound">Gold mentions whose exact span the run gives as a mention of some entity.</param>
/// <param name="MentionsTyped">Of those, mentions whose entity has the gold type.</param>
/// <param name="SystemMentions">Mentions the run gives in the gold articles.</param>
/// <param name="GoldEntities">Gold entities (one per article and canonical name).</param>
/// <param name="GoldInKb">Gold entities that the shipped knowledge base holds (a kb_id).</param>
/// <param name="GoldLinkable">Gold entities Wikidata holds (linkable = y).</param>
/// <param name="SystemLinks">Entities the run links (to a listed entity) in the gold articles.</param>
/// <param name="CorrectLinks">Links to the gold entity's listed id (kb_id or QID).</param>
/// <param name="CorrectKbLinks">Gold entities in the knowledge base linked correctly.</param>
/// <param name="GoldNilFound">Gold entities not in the knowledge base that the run recognised.</param>
/// <param name="GoldNilKept">Of those, entities the run left unlinked (NIL accuracy).</param>
internal sealed record LinkingMetrics(
    int Articles, int GoldMentions, int MentionsFound, int MentionsTyped, int SystemMentions,
    int GoldEntities, int GoldInKb, int GoldLinkable, int SystemLinks, int CorrectLinks, int CorrectKbLinks, int GoldNilFound, int GoldNilKept)
{
    public double LinkPrecision => SystemLinks == 0 ? 0 : (double)CorrectLinks / SystemLinks;

    /// <summary>Recall of the entities the knowledge base can link (NIL = not in it, the usual entity-linking definition).</summary>
    public double LinkRecall => GoldInKb == 0 ? 0 : (double)CorrectKbLinks / GoldInKb;

    /// <summary>Recall against every entity Wikidata holds: how much a larger knowledge base would still have to cover.</summary>
    public double LinkableRecall => GoldLinkable == 0 ? 0 : (double)CorrectLinks / GoldLinkable;

    public double NilAccuracy => GoldNilFound == 0 ? 0 : (double)GoldNilKept / GoldNilFound;

    public double MentionPrecision => SystemMentions == 0 ? 0 : (double)MentionsTyped / SystemMentions;

    public double MentionRecall => GoldMentions == 0 ? 0 : (double)MentionsTyped / GoldMentions;
}

/// <summary>One linking decision that disagrees with the gold, for reading.</summary>
internal sealed record LinkingError(string ArticleId, string Kind, string GoldName, string? GoldId, string SystemName, string? SystemId);

/// <summary>
/// Compares the entities <c>run</c> produced for the gold articles with our gold: a gold entity (article + canonical
/// name) is matched to the run's entity that owns most of its mention spans (exact spans); a link is correct when the
/// run's id is the gold's knowledge-base id or its Wikidata id.
/// </summary>
internal static class LinkingEvaluator
{
    public static (LinkingMetrics Metrics, List<LinkingError> Errors) Evaluate(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<LinkingGoldMention> gold)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(gold);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var errors = new List<LinkingError>();
        int found = 0, typed = 0, systemMentions = 0, goldEntities = 0, inKb = 0, linkable = 0, links = 0, correct = 0, correctKb = 0, nilFound = 0, nilKept = 0;
        var goldArticles = gold.GroupBy(g => g.ArticleId, StringComparer.Ordinal).Where(g => byId.ContainsKey(g.Key)).ToList();
        foreach (var articleGold in goldArticles)
        {
            var article = byId[articleGold.Key];
            var owner = new Dictionary<TextSpan, Entity>();
            foreach (var e in article.Entities)
            {
                foreach (var m in e.Mentions) owner.TryAdd(m, e);
                systemMentions += e.Mentions.Count;
            }
            var matched = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
            foreach (var entity in articleGold.GroupBy(g => g.Name, StringComparer.Ordinal))
            {
                goldEntities++;
                var first = entity.First();
                var kbId = first.KbId;
                if (kbId is not null) inKb++;
                if (first.Linkable) linkable++;
                var votes = new Dictionary<Entity, int>(ReferenceEqualityComparer.Instance);
                foreach (var m in entity)
                {
                    if (!owner.TryGetValue(m.Span, out var e)) continue;
                    found++;
                    if (e.Type == m.Type) typed++;
                    votes[e] = votes.GetValueOrDefault(e) + 1;
                }
                if (votes.Count == 0)
                {
                    if (kbId is not null) errors.Add(new LinkingError(article.Id, "missed-entity", first.Name, kbId, "", null));
                    continue;
                }
                var system = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Name, StringComparer.Ordinal).First().Key;
                matched.Add(system);
                var right = system.Linked && (system.Id == kbId || first.Qid is not null && system.Id == first.Qid);
                if (system.Linked)
                {
                    links++;
                    if (right) correct++;
                    else errors.Add(new LinkingError(article.Id, kbId is null ? "linked-nil" : "wrong-link", first.Name, kbId ?? first.Qid, system.Name, system.Id));
                }
                if (kbId is not null)
                {
                    if (right) correctKb++;
                    else if (!system.Linked) errors.Add(new LinkingError(article.Id, "not-linked", first.Name, kbId, system.Name, system.Id));
                }
                else
                {
                    nilFound++;
                    if (!system.Linked) nilKept++;
                }
            }
            // Links made for names the gold has no entity for (not names, or a part of another name) are wrong too.
            foreach (var e in article.Entities)
            {
                if (!e.Linked || matched.Contains(e)) continue;
                links++;
                errors.Add(new LinkingError(article.Id, "linked-non-entity", "", null, e.Name, e.Id));
            }
        }
        var metrics = new LinkingMetrics(goldArticles.Count, gold.Count(g => byId.ContainsKey(g.ArticleId)), found, typed, systemMentions,
            goldEntities, inKb, linkable, links, correct, correctKb, nilFound, nilKept);
        return (metrics, errors);
    }
}
