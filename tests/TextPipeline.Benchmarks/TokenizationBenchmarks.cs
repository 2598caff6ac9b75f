using TextPipeline.Models;
using BenchmarkDotNet.Attributes;
using TextPipeline.Pipeline;
using TextPipeline.Text;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Benchmarks;

/// <summary>
/// Tokenization speed on the concatenated BBC News corpus text, single thread: the rule tokenizer alone (allocation
/// per token should be zero: the output list is reused), the full analysis (tokens + sentences + UPOS + lemmas), and
/// model load time. tokens/s = <see cref="TokenCount"/> / mean time (printed at setup).
/// Run: dotnet run -c Release --project tests/TextPipeline.Benchmarks -- --filter '*TokenizationBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TokenizationBenchmarks
{
    private string _corpus = string.Empty;
    private ArticleText _text = ArticleText.Empty;
    private readonly List<RawToken> _tokens = new(1 << 20);
    private TextAnalyzer _analyzer = TextAnalyzer.RulesOnly;

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = SharedDataLocator.Require("bbc-news");
        var files = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        _corpus = string.Join("\n\n", files.Select(File.ReadAllText));
        _text = ArticleText.From(_corpus);
        _analyzer = TextAnalyzer.Load(ModelStore.Shipped());
        RuleTokenizer.Instance.Tokenize(_corpus, _tokens);
        TokenCount = _tokens.Count;
        Console.Error.WriteLine($"// BBC corpus: {_corpus.Length:N0} chars, {TokenCount:N0} tokens");
    }

    [Benchmark]
    public int TokenizerOnly()
    {
        _tokens.Clear();
        RuleTokenizer.Instance.Tokenize(_corpus, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int FullAnalysis() => _analyzer.Analyze(_text).Tokens.Length;

    [Benchmark]
    public bool ModelLoad() => TextAnalyzer.Load(ModelStore.Shipped()).HasTagger;
}
