using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// A canonical entity of one article: its canonical <see cref="Name"/>, <see cref="Type"/> (PER, ORG, LOC, MISC),
/// <see cref="Id"/> (a listed entity's id such as a Wikidata QID, a GeoNames id or a site's id when <see cref="Linked"/>;
/// else an id minted from type and name, see <see cref="EntityIds"/>), <see cref="Salience"/> in 0..1 and every mention
/// as a span of the article text, sorted.
/// </summary>
/// <param name="Name">The canonical name (the gazetteer's, a site gazetteer's, or the fullest form in the article).</param>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="Id">A listed entity's id (Wikidata QID, GeoNames id, or a site gazetteer's id) when <see cref="Linked"/>, else an id minted from type and name (<c>tp:</c>…, see <see cref="EntityIds"/>).</param>
/// <param name="Salience">How central the entity is to the article, 0..1.</param>
/// <param name="Mentions">Every mention, as a span of the article text, in text order.</param>
public sealed record Entity(
    string Name,
    string Type,
    string? Id,
    double Salience,
    EquatableArray<TextSpan> Mentions)
{
    /// <summary>How sure the stage is of the entity's identity, 0..1: linking confidence when linked, else recognition confidence.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>True when <see cref="Id"/> is a listed entity's (gazetteer, knowledge base or the site's list).</summary>
    public bool Linked { get; init; }
}
