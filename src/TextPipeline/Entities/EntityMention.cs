using TextPipeline.Entities.Gazetteers;
using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>A recognised name in the text before canonicalization: span, type, surface words and any gazetteer entry.</summary>
internal sealed record EntityMention(TextSpan Span, string Type, string Surface, IReadOnlyList<string> Words, GazetteerEntry? Entry);
