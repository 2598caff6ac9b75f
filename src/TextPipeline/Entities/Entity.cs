using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// A canonical entity of one article: its canonical <see cref="Name"/>, <see cref="Type"/> (PER, ORG, LOC, MISC),
/// optional external <see cref="Id"/> (e.g. a Wikidata QID or a site's id), <see cref="Salience"/> in 0..1 and
/// every mention as a span of the article text, sorted.
/// </summary>
/// <param name="Name">The canonical name (the gazetteer's, a site gazetteer's, or the fullest form in the article).</param>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="Id">An external id (Wikidata QID, GeoNames id, or a site gazetteer's id), or null.</param>
/// <param name="Salience">How central the entity is to the article, 0..1.</param>
/// <param name="Mentions">Every mention, as a span of the article text, in text order.</param>
public sealed record Entity(
    string Name,
    string Type,
    string? Id,
    double Salience,
    EquatableArray<TextSpan> Mentions);
