using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// A canonical entity of one article: its canonical <see cref="Name"/>, <see cref="Type"/> (PER, ORG, LOC, MISC),
/// <see cref="Id"/> (a listed entity's id such as a Wikidata QID, a GeoNames id or a site's id when <see cref="Linked"/>;
/// else an id minted from type and name, see <see cref="EntityIds"/>), <see cref="Salience"/> in 0..1 and every mention
/// as a span of the article text, sorted.
/// </summary>
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
