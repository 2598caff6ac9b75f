using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// A canonical entity of one article: its canonical <see cref="Name"/>, <see cref="Type"/> (PER, ORG, LOC, MISC),
/// optional external <see cref="Id"/> (e.g. a Wikidata QID or a site's id), <see cref="Salience"/> in 0..1 and
/// every mention as a span of the article text, sorted.
/// </summary>
public sealed record Entity(
    string Name,
    string Type,
    string? Id,
    double Salience,
    EquatableArray<TextSpan> Mentions);
