using TextPipeline.Entities.Training;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// <c>annotate --from conll --to conll</c>: every input line is written back in order; on token lines the TAG column
/// is replaced by the predicted IOB2 tag, so the output can be scored against the gold file line by line.
/// </summary>
internal static class ConllNerAnnotator
{
    public static async Task AnnotateAsync(TextReader input, TextWriter output, NerModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(model);
        var pending = new List<(string Line, ConllLine Parsed)>();
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var parsed = ConllLine.Parse(line);
            if (parsed.Kind == ConllLineKind.Token)
            {
                pending.Add((line, parsed));
                continue;
            }
            // Comments inside a sentence (UNER) never end it; blank and -DOCSTART- lines do.
            if (parsed.Kind == ConllLineKind.Comment && pending.Count > 0)
            {
                pending.Add((line, parsed));
                continue;
            }
            await FlushAsync(pending, output, model).ConfigureAwait(false);
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
        await FlushAsync(pending, output, model).ConfigureAwait(false);
    }

    private static async Task FlushAsync(List<(string Line, ConllLine Parsed)> pending, TextWriter output, NerModel model)
    {
        if (pending.Count == 0) return;
        var words = pending.Where(p => p.Parsed.Kind == ConllLineKind.Token).Select(p => p.Parsed.Word).ToArray();
        var tags = NerTagger.TagSentence(model, words);
        var k = 0;
        foreach (var (line, parsed) in pending)
        {
            var text = parsed.Kind == ConllLineKind.Token ? ConllLine.ReplaceTag(line, parsed, tags[k++]) : line;
            await output.WriteLineAsync(text).ConfigureAwait(false);
        }
        pending.Clear();
    }
}
