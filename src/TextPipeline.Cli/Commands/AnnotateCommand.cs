using System.CommandLine;
using TextPipeline.Entities;
using TextPipeline.Entities.Recognition;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline annotate &lt;file|-&gt; --from text|conllu|conll --to conllu|conll|json</c>: the contract's
/// annotation formats. Each (from, to) pair is handled by the library class of the stage that owns the format.
/// </summary>
public static class AnnotateCommand
{
    public static readonly Argument<string> Input = new("input")
    {
        Description = "File to annotate, or - for standard input.",
    };

    public static readonly Option<string> From = new Option<string>("--from")
    {
        Description = "Input format.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "conllu", "conll");

    public static readonly Option<string> To = new Option<string>("--to")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "conllu",
    }.AcceptOnlyFromAmong("conllu", "conll", "json");

    public static Command Create()
    {
        var command = new Command("annotate", "Tokenize, tag and recognise entities in a file; write CoNLL-U, CoNLL or JSON to stdout.")
        {
            Input, From, To,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var input = parseResult.GetRequiredValue(Input);
            var from = parseResult.GetRequiredValue(From);
            var to = parseResult.GetRequiredValue(To);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            TextReader reader;
            try
            {
                if (from == "text")
                {
                    // Raw text is decoded as run decodes an input file: binary input is refused, bad bytes and NULs replaced.
                    var bytes = ReadBytes(input, out var problem);
                    if (bytes is null)
                    {
                        await error.WriteLineAsync($"textpipeline: error: cannot read '{input}': {problem}").ConfigureAwait(false);
                        return 1;
                    }
                    var (text, diagnostics) = Ingestion.ArticleReader.DecodeText(bytes, input == "-" ? "<stdin>" : input);
                    foreach (var d in diagnostics) await error.WriteLineAsync(d.ToString()).ConfigureAwait(false);
                    if (text is null) return 1;
                    reader = new StringReader(text);
                }
                else
                {
                    reader = input == "-" ? Console.In : new StreamReader(input, detectEncodingFromByteOrderMarks: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"textpipeline: error: cannot read '{input}': {e.Message}").ConfigureAwait(false);
                return 1;
            }
            using (reader)
            {
                return await CliModels.GuardAsync(parseResult, async () =>
                {
                    var models = CliModels.Store(parseResult);
                    switch (from, to)
                    {
                        // Each stage adds the pairs it owns here.
                        case ("conll", "conll"):
                            await ConllNerAnnotator.AnnotateAsync(reader, output, EntityResources.LoadModel(models), cancellationToken).ConfigureAwait(false);
                            return 0;
                        case ("text", "conllu"):
                        {
                            // The tokenize and entities stages of run, on the whole text as it is.
                            var analysis = TextAnnotation.Analyze(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false), models, cancellationToken);
                            Tokenization.Conllu.ConlluWriter.Write(output, analysis.Document!, "s", document => EntityTokenTags.Tag(document, analysis.Entities));
                            return 0;
                        }
                        case ("text", "json"):
                        {
                            var analysis = TextAnnotation.Analyze(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false), models, cancellationToken);
                            using var buffer = new MemoryStream();
                            Tokenization.DocumentJsonWriter.Write(buffer, analysis.Document!, analysis.Entities.AsSpan().ToArray());
                            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
                            return 0;
                        }
                        case ("conllu", "conllu"):
                        {
                            var model = EntityResources.LoadModel(models);
                            Tokenization.TextAnnotator.ConlluToConllu(reader, output, Tokenization.TextAnalyzer.Load(models), words => NerTagger.TagSentence(model, words), cancellationToken);
                            return 0;
                        }
                        default:
                            await error.WriteLineAsync($"textpipeline: error: --from {from} --to {to} is not supported.").ConfigureAwait(false);
                            return 1;
                    }
                }).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>The largest text annotated at once (64 MiB, as run's default --max-file-size).</summary>
    private const long MaxInputBytes = 64L * 1024 * 1024;

    private static byte[]? ReadBytes(string input, out string? problem)
    {
        problem = null;
        if (input != "-")
        {
            var bytes = BoundedFile.TryReadAllBytes(input, MaxInputBytes, out var p);
            problem = p?.Failure == BoundedReadFailure.TooLarge ? $"over {MaxInputBytes:N0} bytes" : p?.Message;
            return bytes;
        }
        using var stdin = Console.OpenStandardInput();
        var read = BoundedFile.ReadBounded(stdin, MaxInputBytes, out var q);
        if (q is not null) problem = $"over {MaxInputBytes:N0} bytes";
        return read;
    }
}
