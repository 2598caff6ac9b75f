using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace TextPipeline.Topics;

/// <summary>
/// The ML.NET LightLDA calls: fit on term-count vectors, infer topic mixtures, save and load. Every native call runs
/// with stdout silenced (<see cref="NativeStdout"/>). Inference resets the sampler's random generator per document,
/// so an article's mixture does not depend on what else is in the batch.
/// </summary>
internal static class LdaEngine
{
    internal const string InputColumn = "Terms";
    internal const string OutputColumn = "Topics";

    /// <summary>Topic summary terms kept from the native model: enough for top terms, labels and id matching.</summary>
    public const int SummaryTerms = 60;

    public sealed class Row
    {
        public VBuffer<float> Terms;
    }

    public static IDataView ToDataView(MLContext ml, int vocabularySize, IEnumerable<(int[] Slots, float[] Counts)> documents)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[0].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabularySize);
        var rows = documents.Select(d => new Row { Terms = new VBuffer<float>(vocabularySize, d.Slots.Length, d.Counts, d.Slots) });
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    public static LatentDirichletAllocationTransformer Fit(MLContext ml, IDataView data, TopicTrainingOptions options, int maxTokens)
    {
        var estimator = ml.Transforms.Text.LatentDirichletAllocation(
            OutputColumn, InputColumn,
            numberOfTopics: options.Topics,
            alphaSum: options.AlphaSum,
            beta: options.Beta,
            samplingStepCount: options.SamplingSteps,
            maximumNumberOfIterations: options.Iterations,
            likelihoodInterval: options.LikelihoodInterval,
            numberOfThreads: options.Threads,
            maximumTokenCountPerDocument: Math.Max(512, maxTokens + 1),
            numberOfSummaryTermsPerTopic: SummaryTerms,
            numberOfBurninIterations: 10,
            resetRandomGenerator: true);
        return NativeStdout.Silence(() => estimator.Fit(data));
    }

    /// <summary>Topic mixtures (normalised to sum 1, or all zero for an article without known terms) in input order.</summary>
    public static float[][] Infer(ITransformer model, IDataView data) =>
        NativeStdout.Silence(() =>
        {
            var output = model.Transform(data);
            return output.GetColumn<VBuffer<float>>(OutputColumn).Select(Normalise).ToArray();
        });

    /// <summary>Term scores per topic, best first, as (vocabulary slot, score).</summary>
    public static IReadOnlyList<IReadOnlyList<(int Slot, float Score)>> TopicTerms(LatentDirichletAllocationTransformer model)
    {
        var details = NativeStdout.Silence(() => model.GetLdaDetails(0));
        return [.. details.ItemScoresPerTopic.Select(topic => (IReadOnlyList<(int, float)>)
            [.. topic.Select(s => (s.Item, s.Score)).OrderByDescending(s => s.Score).ThenBy(s => s.Item)])];
    }

    public static byte[] Save(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        using var stream = new MemoryStream();
        NativeStdout.Silence(() =>
        {
            ml.Model.Save(model, inputSchema, stream);
            return 0;
        });
        return WithFixedTimestamps(stream.ToArray());
    }

    /// <summary>
    /// ML.NET stamps its zip entries with the current time; re-stamped with a fixed time the same model gives the
    /// same bytes, so its SHA-256 (reported in run.json) is reproducible.
    /// </summary>
    internal static byte[] WithFixedTimestamps(byte[] zipBytes)
    {
        var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(zipBytes, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    public static ITransformer Load(MLContext ml, byte[] bytes, out DataViewSchema inputSchema)
    {
        // Loading starts the native sampler, which prints too.
        DataViewSchema? schema = null;
        var model = NativeStdout.Silence(() =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return ml.Model.Load(stream, out schema);
        });
        inputSchema = schema!;
        return model;
    }

    private static float[] Normalise(VBuffer<float> vector)
    {
        var dense = new float[vector.Length];
        vector.CopyTo(dense);
        var sum = 0f;
        foreach (var v in dense) sum += v;
        if (sum > 0)
        {
            for (var i = 0; i < dense.Length; i++) dense[i] /= sum;
        }
        return dense;
    }
}
