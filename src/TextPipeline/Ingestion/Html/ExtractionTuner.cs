using System.Collections.Immutable;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Two-fold cross-validation of <see cref="HtmlExtractionSettings"/> on the article-extraction benchmark: the pages
/// (sorted by id) are split into two fixed halves; on each half the settings are fitted by coordinate search over a
/// small grid, starting from readability's constants with this extractor's own rules off
/// (<see cref="HtmlExtractionSettings.Readability"/>, chosen without the benchmark), and a change is kept only when it raises that half's F1
/// by at least <see cref="MinGain"/> (so noise never moves a rule); the fitted settings are then scored on the other
/// half. The held-out scores of both folds, pooled, are the cross-validated F1: what the tuning procedure is worth
/// on pages it did not see. The grid includes switching each rule off (a value that never fires), so a rule that
/// helps only one half is dropped when fitting on the other.
/// </summary>
internal static class ExtractionTuner
{
    /// <summary>The least F1 gain on the fitting half that moves a setting away from its current value.</summary>
    public const double MinGain = 0.002;

    private const int Passes = 2;

    private static readonly ImmutableArray<(string Name, double[] Values, Func<HtmlExtractionSettings, double, HtmlExtractionSettings> Set)> s_grid =
    [
        ("MinParagraphChars", [15, 25, 40, 60], (s, v) => s with { MinParagraphChars = (int)v }),
        ("AncestorLevels", [3, 4, 5, 6], (s, v) => s with { AncestorLevels = (int)v }),
        ("MaxClimbGrowth", [0, 2, 3, 4, 6, double.MaxValue], (s, v) => s with { MaxClimbGrowth = v }),
        ("ClimbThreshold", [0.2, 1.0 / 3, 0.5], (s, v) => s with { ClimbThreshold = v }),
        ("JoinSiblingsByScore", [0, 1], (s, v) => s with { JoinSiblingsByScore = v > 0 }),
        ("SiblingShare", [0.1, 0.2, 0.3], (s, v) => s with { SiblingShare = v }),
        ("SiblingMinScore", [5, 10, 20], (s, v) => s with { SiblingMinScore = v }),
        ("ProtectedShare", [0.25, 0.35, 0.5, double.MaxValue], (s, v) => s with { ProtectedShare = v }),
        ("MinNamedBodyChars", [100, 200, 400, int.MaxValue], (s, v) => s with { MinNamedBodyChars = (int)v }),
        ("JoinLeadBlocks", [0, 1], (s, v) => s with { JoinLeadBlocks = v > 0 }),
        ("JoinShortParagraphs", [0, 1], (s, v) => s with { JoinShortParagraphs = v > 0 }),
    ];

    /// <summary>Each rule switched off on its own (a value that never fires; for the sibling score rule, switched to its other state), to see which rules help on both halves.</summary>
    private static readonly ImmutableArray<(string Rule, HtmlExtractionSettings Off)> s_ablations =
    [
        ("climb to a better parent", HtmlExtractionSettings.Default with { MaxClimbGrowth = 0 }),
        ("siblings join the body by score", HtmlExtractionSettings.Default with { JoinSiblingsByScore = !HtmlExtractionSettings.Default.JoinSiblingsByScore }),
        ("lead blocks join the body", HtmlExtractionSettings.Default with { JoinLeadBlocks = false }),
        ("short paragraphs join the body", HtmlExtractionSettings.Default with { JoinShortParagraphs = false }),
        ("chrome-named wrappers kept", HtmlExtractionSettings.Default with { ProtectedShare = double.MaxValue }),
        ("named article bodies protected", HtmlExtractionSettings.Default with { MinNamedBodyChars = int.MaxValue }),
    ];

    /// <summary>F1 on each half with one rule switched off (compare with the shipped settings' halves).</summary>
    public static ImmutableArray<Ablation> Ablate(IReadOnlyList<GoldPage> pages, CancellationToken cancellationToken = default)
    {
        var (a, b) = Halves(pages);
        return [.. s_ablations.Select(x => new Ablation(x.Rule,
            ExtractionEvaluator.Score(a, x.Off, cancellationToken).F1, ExtractionEvaluator.Score(b, x.Off, cancellationToken).F1))];
    }

    /// <summary>Half "a" (even positions by id) and half "b" (odd positions).</summary>
    public static (ImmutableArray<GoldPage> A, ImmutableArray<GoldPage> B) Halves(IEnumerable<GoldPage> pages)
    {
        var sorted = pages.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        return ([.. sorted.Where((_, i) => i % 2 == 0)], [.. sorted.Where((_, i) => i % 2 == 1)]);
    }

    /// <summary>Both folds, each fitted from <see cref="HtmlExtractionSettings.Readability"/>.</summary>
    public static CrossValidation Run(IReadOnlyList<GoldPage> pages, CancellationToken cancellationToken = default)
    {
        var (a, b) = Halves(pages);
        var folds = ImmutableArray.CreateBuilder<Fold>();
        var heldOut = ImmutableArray.CreateBuilder<PageScore>();
        var heldOutDefault = ImmutableArray.CreateBuilder<PageScore>();
        foreach (var (fitName, fit, testName, test) in new[] { ("a", a, "b", b), ("b", b, "a", a) })
        {
            var (chosen, fitF1) = Fit(fit, HtmlExtractionSettings.Readability, cancellationToken);
            var testReport = ExtractionEvaluator.Score(test, chosen, cancellationToken);
            var testDefault = ExtractionEvaluator.Score(test, HtmlExtractionSettings.Default, cancellationToken);
            heldOut.AddRange(testReport.Pages);
            heldOutDefault.AddRange(testDefault.Pages);
            folds.Add(new Fold(fitName, testName, chosen, fitF1, testReport.F1, testDefault.F1));
        }
        return new CrossValidation(folds.ToImmutable(), ExtractionEvaluator.Summarize(heldOut.ToImmutable()).F1,
            ExtractionEvaluator.Summarize(heldOutDefault.ToImmutable()).F1);
    }

    /// <summary>Coordinate search from <paramref name="start"/>; returns the fitted settings and their F1 on <paramref name="pages"/>.</summary>
    public static (HtmlExtractionSettings Settings, double F1) Fit(IReadOnlyList<GoldPage> pages, HtmlExtractionSettings start, CancellationToken cancellationToken = default)
    {
        var best = start;
        var bestF1 = ExtractionEvaluator.Score(pages, best, cancellationToken).F1;
        for (var pass = 0; pass < Passes; pass++)
        {
            var changed = false;
            foreach (var (_, values, set) in s_grid)
            {
                foreach (var value in values)
                {
                    var candidate = set(best, value);
                    if (candidate == best) continue;
                    var f1 = ExtractionEvaluator.Score(pages, candidate, cancellationToken).F1;
                    if (f1 >= bestF1 + MinGain)
                    {
                        (best, bestF1, changed) = (candidate, f1, true);
                    }
                }
            }
            if (!changed) break;
        }
        return (best, bestF1);
    }
}

/// <summary>One fold: settings fitted on half <see cref="FitHalf"/>, scored on half <see cref="TestHalf"/> (and the shipped settings there).</summary>
internal sealed record Fold(string FitHalf, string TestHalf, HtmlExtractionSettings Chosen, double FitF1, double TestF1, double TestF1Shipped);

/// <summary>F1 on halves a and b with one rule switched off.</summary>
internal sealed record Ablation(string Rule, double A, double B);

/// <summary>Both folds, and the pooled held-out F1 of the fitted settings and of the shipped ones.</summary>
internal sealed record CrossValidation(ImmutableArray<Fold> Folds, double F1, double ShippedF1);
