using TextPipeline.Models;
using BenchmarkDotNet.Attributes;
using TextPipeline.Entities;
using TextPipeline.Entities.Recognition;
using TextPipeline.Entities.Training;
using TextPipeline.Pipeline;

namespace TextPipeline.Benchmarks;

/// <summary>
/// NER tagging throughput of the shipped model (features, exported-weight scoring, BIO Viterbi) on the UNER EWT dev
/// sentences, one thread. Tokens/s = tokens / mean time. Also a cold model load.
/// Run: dotnet run -c Release --project tests/TextPipeline.Benchmarks -- --filter '*NerTaggingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class NerTaggingBenchmarks
{
    private NerModel? _model;
    private List<NerSentence> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = EntityResources.LoadModel(ModelStore.Shipped());
        _sentences = NerCorpusReader.ReadFile(SharedDataLocator.Require("uner-ewt", "en_ewt-ud-dev.iob2"));
        Console.Error.WriteLine($"// UNER dev: {_sentences.Count} sentences, {_sentences.Sum(s => s.Length)} tokens");
    }

    [Benchmark]
    public int TagUnerDev()
    {
        var entities = 0;
        foreach (var s in _sentences)
        {
            foreach (var label in _model!.Tag(s.Words))
            {
                if (NerLabels.IsBegin(label)) entities++;
            }
        }
        return entities;
    }

    [Benchmark]
    public int LoadModel() => EntityResources.LoadModel(ModelStore.Shipped()).Labels.Count;
}
