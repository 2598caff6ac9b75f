using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Ingestion;

/// <summary>What reading one input file gave: its articles (several for JSONL/CSV) and diagnostics of the file itself.</summary>
internal sealed record IngestResult(ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics);
