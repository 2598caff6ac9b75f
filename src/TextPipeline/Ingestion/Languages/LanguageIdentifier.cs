using System.Collections.Immutable;
using System.Text;
using Lingua;

namespace TextPipeline.Ingestion.Languages;

/// <summary>
/// Identifies an article's language with Lingua (SearchPioneer.Lingua) in low-accuracy mode over 29 languages common
/// in news (<see cref="Languages"/>): about 20 MB and 0.2 s to load, against 1.7 GB and 24 s for all 79 languages in
/// high-accuracy mode, and the same labels on the article-extraction pages. Restricting the set also removes
/// look-alikes that news rarely uses (Latin for Italian, Malay for Indonesian). Only prose lines are looked at:
/// tables of names and numbers (sports results, price lists) would otherwise outvote a few lines of Portuguese.
/// One instance per run; it is thread-safe.
/// </summary>
internal sealed class LanguageIdentifier
{
    /// <summary>Fewer letters than this cannot be told apart reliably: such texts are taken as English.</summary>
    public const int MinLetters = 20;

    /// <summary>Enough text for a stable answer; long articles are not read further.</summary>
    private const int MaxSampleChars = 3000;

    /// <summary>The languages told apart (ISO 639-1 in the output).</summary>
    public static ImmutableArray<Lingua.Language> Languages { get; } =
    [
        Lingua.Language.English, Lingua.Language.German, Lingua.Language.French, Lingua.Language.Spanish,
        Lingua.Language.Portuguese, Lingua.Language.Italian, Lingua.Language.Dutch, Lingua.Language.Swedish,
        Lingua.Language.Danish, Lingua.Language.Bokmal, Lingua.Language.Finnish, Lingua.Language.Polish,
        Lingua.Language.Czech, Lingua.Language.Romanian, Lingua.Language.Hungarian, Lingua.Language.Turkish,
        Lingua.Language.Indonesian, Lingua.Language.Vietnamese, Lingua.Language.Russian, Lingua.Language.Ukrainian,
        Lingua.Language.Greek, Lingua.Language.Arabic, Lingua.Language.Hebrew, Lingua.Language.Persian,
        Lingua.Language.Hindi, Lingua.Language.Chinese, Lingua.Language.Japanese, Lingua.Language.Korean,
        Lingua.Language.Thai,
    ];

    private readonly Lazy<LanguageDetector> _detector = new(
        () => LanguageDetectorBuilder.FromLanguages([.. Languages]).WithLowAccuracyMode()
            .WithLanguageModelsDirectory(LanguageModelFiles.Directory()).WithPreloadedLanguageModels().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The language of the text as ISO 639-1 code and English name; English when the text is too short to tell.</summary>
    public DetectedLanguage Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = ProseSample(text);
        if (CountLetters(sample) < MinLetters) return DetectedLanguage.English;
        var language = _detector.Value.DetectLanguageOf(sample);
        if (language == Lingua.Language.Unknown) return DetectedLanguage.English;
        return new DetectedLanguage(LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant(), language.ToString());
    }

    /// <summary>
    /// Lines that read as prose (letters are at least 70% of their non-space characters and they have three or more
    /// words), up to <see cref="MaxSampleChars"/>; the whole text's start when no line qualifies.
    /// </summary>
    internal static string ProseSample(string text)
    {
        var sample = new StringBuilder();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty || !IsProse(line)) continue;
            if (sample.Length > 0) sample.Append('\n');
            sample.Append(line[..Math.Min(line.Length, MaxSampleChars - sample.Length)]);
            if (sample.Length >= MaxSampleChars) break;
        }
        return sample.Length > 0 ? sample.ToString() : text[..Math.Min(text.Length, MaxSampleChars)];
    }

    private static bool IsProse(ReadOnlySpan<char> line)
    {
        int letters = 0, visible = 0, words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            visible++;
            if (char.IsLetter(c))
            {
                letters++;
                if (!inWord) words++;
                inWord = true;
            }
        }
        // Scripts without spaces between words (Chinese, Japanese, Thai) count as one word per line: letters decide.
        return letters * 10 >= visible * 7 && (words >= 3 || letters >= 20);
    }

    private static int CountLetters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) n++;
        }
        return n;
    }
}

/// <summary>A detected language: ISO 639-1 code (<c>de</c>) and English name (<c>German</c>).</summary>
internal sealed record DetectedLanguage(string Code, string Name)
{
    public static DetectedLanguage English { get; } = new("en", "English");

    public bool IsEnglish => Code == "en";
}
