using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace TextPipeline.Topics;

/// <summary>A topic model file whose parts disagree; reported as TP5005 instead of being handed to native code.</summary>
public sealed class TopicModelInvalidException(string message) : IOException(message);

/// <summary>
/// Checks a loaded topic model before any native call: ML.NET's LightLDA indexes its word-topic table with the slots
/// our vocabulary gives, without bounds checks, so a vocabulary larger than the LDA model's (a metadata.json from
/// another model, a hand-edited file) would crash the process. Every size and index is checked in managed code.
/// </summary>
internal static class TopicModelValidator
{
    /// <summary>Checks the metadata alone (before the LDA tables are loaded).</summary>
    public static void CheckMetadata(TopicModelMetadata metadata)
    {
        if (metadata.Topics < 1) Fail($"the metadata says {metadata.Topics} topics");
        if (metadata.Vocabulary.Count == 0) Fail("the vocabulary is empty");
        if (metadata.Display.Count != metadata.Vocabulary.Count)
        {
            Fail($"the vocabulary has {metadata.Vocabulary.Count} terms but {metadata.Display.Count} display forms");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in metadata.Vocabulary)
        {
            if (string.IsNullOrEmpty(term)) Fail("the vocabulary holds an empty term");
            if (!seen.Add(term)) Fail($"the vocabulary lists '{term}' twice");
        }
        if (metadata.TopicList.Count != metadata.Topics) Fail($"the metadata says {metadata.Topics} topics but describes {metadata.TopicList.Count}");
        var slots = new HashSet<int>();
        var ids = new HashSet<int>();
        foreach (var topic in metadata.TopicList)
        {
            if (topic.Slot < 0 || topic.Slot >= metadata.Topics) Fail($"topic {topic.Id} lives in slot {topic.Slot}, outside 0..{metadata.Topics - 1}");
            if (!slots.Add(topic.Slot)) Fail($"two topics share slot {topic.Slot}");
            if (!ids.Add(topic.Id)) Fail($"two topics share id {topic.Id}");
            if (topic.Id >= metadata.NextId && metadata.NextId > 0) Fail($"topic id {topic.Id} is not below the next id {metadata.NextId}");
        }
    }

    /// <summary>Checks that the LDA tables were trained on a vocabulary and a topic count equal to the metadata's.</summary>
    public static void CheckLda(TopicModelMetadata metadata, ITransformer lda, DataViewSchema inputSchema)
    {
        if (lda is not LatentDirichletAllocationTransformer transformer)
        {
            Fail($"lda.zip holds a {lda.GetType().Name}, not an LDA model");
            return;
        }
        var column = inputSchema.GetColumnOrNull(LdaEngine.InputColumn);
        if (column is not { Type: VectorDataViewType { ItemType: NumberDataViewType, Size: var size } })
        {
            Fail($"lda.zip has no '{LdaEngine.InputColumn}' vector input");
            return;
        }
        if (size != metadata.Vocabulary.Count)
        {
            Fail($"the vocabulary has {metadata.Vocabulary.Count} terms but the LDA model was trained on {size}");
        }
        // A loaded model keeps no term summaries (GetLdaDetails fails), but its output schema tells the topic count.
        var output = transformer.GetOutputSchema(inputSchema).GetColumnOrNull(LdaEngine.OutputColumn);
        if (output is not { Type: VectorDataViewType { Size: var topics } } || topics != metadata.Topics)
        {
            Fail($"the metadata says {metadata.Topics} topics but the LDA model has {(output?.Type as VectorDataViewType)?.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new TopicModelInvalidException("the model's parts disagree: " + message);
}
