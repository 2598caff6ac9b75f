using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Topics;

/// <summary>Diagnostics of the topics stage (TP5xxx).</summary>
public static class TopicDiagnostics
{
    private const string Category = "Topics";

    public static readonly DiagnosticDescriptor TooFewArticles = new(
        "TP5001", "Too few articles to train topics", "Topics need at least {0} articles to train a model; the input has {1}. Topics are left empty (pass --topics-model to apply a trained model)", Category, DiagnosticSeverity.Info,
        "Without --topics-model, run trains a topic model on its own input, which needs enough articles to find stable topics. Smaller inputs get no topics.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP5002", "Topic model cannot be read", "Cannot read the topic model '{0}': {1}", Category, DiagnosticSeverity.Error,
        "The file given with --topics-model is not a topic model written by 'textpipeline train topics', or it is damaged. Topics are left empty.");

    public static readonly DiagnosticDescriptor NoTopicTerms = new(
        "TP5003", "No topic terms in the article", "The article has no word of the topic model's vocabulary; it gets no topics", Category, DiagnosticSeverity.Hidden,
        "After stop words, punctuation and rare words are removed nothing of the article is known to the topic model (a very short or foreign-language article).");

    public static readonly DiagnosticDescriptor VocabularyTooSmall = new(
        "TP5004", "Vocabulary too small for topics", "Only {0} distinct terms remain after the frequency filters; topics are left empty", Category, DiagnosticSeverity.Warning,
        "The articles share too few words for a topic model (very short or very repetitive articles).");

    public static readonly DiagnosticDescriptor ModelInconsistent = new(
        "TP5005", "Topic model is inconsistent", "The topic model '{0}' is not used: {1}", Category, DiagnosticSeverity.Error,
        "The model file's metadata (vocabulary, topics, slots) and its LDA tables do not match, e.g. a metadata.json from another model. Such a model would make the native LDA code read outside its tables, so it is checked before use and refused. Retrain it with `textpipeline train topics`.");

    public static readonly DiagnosticDescriptor KeptModelApplied = new(
        "TP5006", "The kept topic model is applied", "The state's topic model has {0} topics; --topics {1} applies only with --retrain", Category, DiagnosticSeverity.Info,
        "The state folder keeps the topic model the first run trained, so topic ids stay stable from run to run. A different --topics value is not applied to it: run with --retrain to learn a new model with that number of topics (topics that match earlier ones keep their ids).");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [TooFewArticles, ModelUnreadable, NoTopicTerms, VocabularyTooSmall, ModelInconsistent, KeptModelApplied];
}
