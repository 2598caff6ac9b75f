using TextPipeline.Lexicon;

namespace TextPipeline.Entities.Recognition;

/// <summary>Per-token facts computed once per sentence and shared by the feature templates of its neighbours.</summary>
internal readonly record struct NerTokenInfo(string Word, string Lower, string Shape, string ShortShape, int GazetteerMask, int LexiconClass, string Pos, string SentenceCase, ClusterPath Cluster, string DocumentCase);
