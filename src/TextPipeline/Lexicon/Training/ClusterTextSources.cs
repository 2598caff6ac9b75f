using TextPipeline.Tokenization;

namespace TextPipeline.Lexicon.Training;

/// <summary>Reads training sentences: raw text through our tokenizer, or the token column of CoNLL-style files.</summary>
internal static class ClusterTextSources
{
    private static readonly string[] s_conllExtensions = [".conll", ".conllu", ".iob2", ".txt", ".train", ".dev", ".test", ".annotated"];
    private static readonly string[] s_notData = ["README", "NOTICE", "LICENSE", "NOTE", "ATTRIBUTION"];

    /// <summary>The files named, with folders expanded (recursively, ordinal order) to files matching <paramref name="accept"/>.</summary>
    public static IReadOnlyList<string> ExpandFiles(IEnumerable<string> paths, Func<string, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(accept).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"Not found: {path}", path);
            }
        }
        return files;
    }

    public static bool IsTextFile(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !IsDocumentation(path);

    public static bool IsConllFile(string path) =>
        s_conllExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !IsDocumentation(path);

    private static bool IsDocumentation(string path)
    {
        var name = Path.GetFileName(path);
        return s_notData.Any(n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sentences of a raw text file, as tokenized by <paramref name="analyzer"/>.</summary>
    public static IEnumerable<string[]> TextSentences(string file, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var document = analyzer.Analyze(File.ReadAllText(file));
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            var words = new string[tokens.Length];
            for (var i = 0; i < tokens.Length; i++) words[i] = document.StringOf(tokens[i]);
            yield return words;
        }
    }

    /// <summary>
    /// The sentences of a CoNLL-style file: blank lines end sentences, <c>-DOCSTART-</c> and <c>#</c> lines are
    /// skipped. The token is the first column, or the FORM column of <c>.conllu</c> (multiword-token and empty-node
    /// lines skipped, so clitics are split as our tokenizer splits them).
    /// </summary>
    public static IEnumerable<string[]> ConllSentences(string file)
    {
        var conllu = file.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);
        var sentence = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            var text = line.AsSpan().Trim();
            if (text.IsEmpty)
            {
                if (sentence.Count > 0) yield return [.. sentence];
                sentence.Clear();
                continue;
            }
            if (text.StartsWith("-DOCSTART-", StringComparison.Ordinal) || (conllu && text[0] == '#')) continue;
            var token = conllu ? ConlluForm(line) : FirstColumn(line);
            if (token is not null) sentence.Add(token);
        }
        if (sentence.Count > 0) yield return [.. sentence];
    }

    private static string? FirstColumn(string line)
    {
        var span = line.AsSpan().Trim('\uFEFF');
        var end = span.IndexOfAny('\t', ' ');
        var token = end < 0 ? span : span[..end];
        return token.IsEmpty ? null : token.ToString();
    }

    private static string? ConlluForm(string line)
    {
        var span = line.AsSpan();
        var tab = span.IndexOf('\t');
        if (tab <= 0) return null;
        var id = span[..tab];
        if (id.Contains('-') || id.Contains('.')) return null;
        var rest = span[(tab + 1)..];
        var tab2 = rest.IndexOf('\t');
        var form = tab2 < 0 ? rest : rest[..tab2];
        return form.IsEmpty ? null : form.ToString();
    }
}
