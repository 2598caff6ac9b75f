using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TextPipeline.Subjects;

/// <summary>
/// The subject classifier: a multinomial logistic regression (trained with ML.NET, see
/// <c>Training/SubjectTrainer</c>) over TF-IDF weighted content-word stems, whose classes are IPTC Media Topics, with
/// the Media Topics tree it was trained with. Scores one article at a time from the article alone; immutable and
/// thread-safe. Saved as gzip TSV (<see cref="Save"/>).
/// </summary>
public sealed class SubjectModel
{
    /// <summary>The shipped model under <c>models/</c> (models/README.md, "Subjects").</summary>
    public const string ModelFileName = "subjects-en.tsv.gz";

    private const int FormatVersion = 1;

    private readonly FrozenDictionary<string, int> _featureIndex;
    private readonly float[] _idf;
    private readonly float[] _weights; // feature-major: _weights[f * classes + c]
    private readonly float[] _biases;
    private readonly FrozenDictionary<string, int> _classIndex;

    public SubjectModel(MediaTopics topics, IReadOnlyList<string> classes, IReadOnlyList<string> features, float[] idf, float[] weights, float[] biases, IReadOnlyList<string> trainingIds, string description)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(features);
        if (idf.Length != features.Count || weights.Length != features.Count * classes.Count || biases.Length != classes.Count)
        {
            throw new ArgumentException("Subject model arrays do not match its classes and features.");
        }
        Topics = topics;
        Classes = [.. classes];
        Features = [.. features];
        _featureIndex = features.Select((f, i) => (f, i)).ToFrozenDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        _idf = idf;
        _weights = weights;
        _biases = biases;
        TrainingIds = [.. trainingIds];
        Keywords = new SubjectKeywords(topics);
        _classIndex = Classes.Select((c, i) => (c, i)).ToFrozenDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        Description = description;
    }

    public MediaTopics Topics { get; }

    /// <summary>Keyword evidence for topics the classifier has no class for.</summary>
    public SubjectKeywords Keywords { get; }

    /// <summary>The Media Topic codes the classifier chooses among.</summary>
    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyList<string> Features { get; }

    /// <summary>Ids of the articles the model was trained on (so evaluations can leave them out).</summary>
    public IReadOnlyList<string> TrainingIds { get; }

    /// <summary>How the model was made (data, command, seed), as written in the file.</summary>
    public string Description { get; }

    /// <summary>Class probabilities (softmax) for an article's feature counts.</summary>
    public double[] Predict(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var c = Classes.Count;
        var scores = new double[c];
        for (var y = 0; y < c; y++) scores[y] = _biases[y];
        var vector = Vectorize(counts);
        foreach (var (f, v) in vector)
        {
            var row = f * c;
            for (var y = 0; y < c; y++) scores[y] += v * _weights[row + y];
        }
        var max = scores.Max();
        var sum = 0.0;
        for (var y = 0; y < c; y++) sum += scores[y] = Math.Exp(scores[y] - max);
        for (var y = 0; y < c; y++) scores[y] /= sum;
        return scores;
    }

    /// <summary>
    /// The article's subjects, best first. Each topic's score is its class probability, or, for a topic the classifier
    /// has no class for, keyword evidence (<see cref="SubjectSelection.KeywordWeight"/>). The desk
    /// (<see cref="NewsDesks"/>) with the highest total is chosen first and its best topic leads (a narrower one
    /// instead of the desk's broad topic when close); further topics (any desk) follow when they reach the
    /// <paramref name="selection"/> thresholds; a topic broader than one already chosen is left out.
    /// </summary>
    public IReadOnlyList<Subject> Assign(IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, int>? keywordCounts = null, SubjectSelection? selection = null)
    {
        selection ??= SubjectSelection.Default;
        var p = Predict(counts);
        if (p.Length == 0) return [];
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var y = 0; y < p.Length; y++) scores[Classes[y]] = p[y];
        foreach (var (code, n) in keywordCounts ?? new Dictionary<string, int>())
        {
            if (n < selection.KeywordMinCount || _classIndex.ContainsKey(code)) continue;
            scores[code] = selection.KeywordWeight * Math.Min(1.0, (double)n / selection.KeywordSaturation);
        }
        // The classifier alone picks the desk when it is sure enough; keyword evidence helps only when it is not.
        var classifierDesk = BestDesk(Enumerable.Range(0, p.Length).Select(y => (Classes[y], p[y])));
        var bestDesk = classifierDesk.Total >= selection.ClassifierDeskConfidence
            ? classifierDesk.Desk
            : BestDesk(scores.Select(kv => (kv.Key, kv.Value))).Desk;
        var order = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var inDesk = order.Where(c => (NewsDesks.DeskOf(Topics, c) ?? "") == bestDesk).ToList();
        var first = inDesk[0];
        // A broad topic ("sport") leads only when no narrower topic of its desk comes close: editors file narrowly.
        if (Topics.Depth(first) == 0 && inDesk.Skip(1).FirstOrDefault(c => Topics.Depth(c) > 0) is { } narrower
            && scores[narrower] >= selection.PreferNarrowerShare * scores[first])
        {
            first = narrower;
        }
        var chosen = new List<string> { first };
        foreach (var c in order)
        {
            if (chosen.Count == selection.MaxSubjects) break;
            if (c == first || scores[c] < selection.MinProbability || scores[c] < selection.MinShareOfFirst * scores[first]) continue;
            // A topic known only by its name must belong to the article's desk ("metal" in a game review is no commodity).
            if (!_classIndex.ContainsKey(c) && (NewsDesks.DeskOf(Topics, c) ?? "") != bestDesk) continue;
            if (chosen.Exists(x => IsBroaderOrSame(c, x))) continue;
            chosen.Add(c);
        }
        return chosen.Select(c => new Subject(c, Topics.Find(c)?.Label ?? c, Math.Round(Math.Min(1, scores[c]), 4))).ToList();
    }

    private (string Desk, double Total) BestDesk(IEnumerable<(string Code, double Score)> scores)
    {
        var byDesk = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, score) in scores)
        {
            var desk = NewsDesks.DeskOf(Topics, code) ?? "";
            byDesk[desk] = byDesk.GetValueOrDefault(desk) + score;
        }
        var best = byDesk.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return (best.Key, best.Value);
    }

    /// <summary>True when <paramref name="broader"/> is <paramref name="code"/> itself or one of its ancestors.</summary>
    private bool IsBroaderOrSame(string broader, string code) => Topics.SelfAndAncestors(code).Contains(broader, StringComparer.Ordinal);

    /// <summary>(1 + ln tf) × idf over the model's features, L2-normalised.</summary>
    public List<(int Feature, double Value)> Vectorize(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var vector = new List<(int, double)>();
        var norm = 0.0;
        foreach (var (stem, tf) in counts)
        {
            if (tf <= 0 || !_featureIndex.TryGetValue(stem, out var f)) continue;
            var v = (1 + Math.Log(tf)) * _idf[f];
            vector.Add((f, v));
            norm += v * v;
        }
        if (norm == 0) return vector;
        norm = Math.Sqrt(norm);
        vector.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < vector.Count; i++) vector[i] = (vector[i].Item1, vector[i].Item2 / norm);
        return vector;
    }

    /// <summary>
    /// Gzip TSV, UTF-8, LF: <c>#subjects FORMAT</c>, <c>#attribution …</c>, <c>#description …</c>, then
    /// <c>topic code parent label</c> lines (the Media Topics tree), <c>class code bias</c> lines, <c>feature stem idf
    /// class:weight …</c> lines (non-zero weights only) and <c>train id</c> lines.
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine($"#subjects\t{FormatVersion}");
        w.WriteLine($"#attribution\t{MediaTopics.Attribution}");
        w.WriteLine($"#description\t{Description.Replace('\t', ' ').Replace('\n', ' ')}");
        foreach (var t in Topics.All) w.WriteLine($"topic\t{t.Code}\t{t.Parent ?? "-"}\t{t.Label}");
        for (var y = 0; y < Classes.Count; y++) w.WriteLine($"class\t{Classes[y]}\t{F(_biases[y])}");
        var c = Classes.Count;
        var line = new StringBuilder();
        for (var f = 0; f < Features.Count; f++)
        {
            line.Clear().Append("feature\t").Append(Features[f]).Append('\t').Append(F(_idf[f]));
            for (var y = 0; y < c; y++)
            {
                var v = _weights[f * c + y];
                if (v != 0) line.Append('\t').Append(y.ToString(CultureInfo.InvariantCulture)).Append(':').Append(F(v));
            }
            w.WriteLine(line.ToString());
        }
        foreach (var id in TrainingIds) w.WriteLine($"train\t{id}");
    }

    /// <summary>The subject model of <paramref name="models"/>, loaded once per store (TP4301, TP4302 when it cannot be).</summary>
    public static SubjectModel Load(Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(ModelFileName, file => Load(file.OpenRead()), SubjectDiagnostics.ModelMissing, SubjectDiagnostics.ModelUnreadable);
    }

    public static SubjectModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var topics = new List<MediaTopic>();
        var classes = new List<string>();
        var biases = new List<float>();
        var features = new List<string>();
        var idf = new List<float>();
        var sparse = new List<(int Feature, int Class, float Weight)>();
        var ids = new List<string>();
        var description = "";
        var format = 0;
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            switch (cols[0])
            {
                case "#subjects":
                    format = int.Parse(cols[1], CultureInfo.InvariantCulture);
                    break;
                case "#description":
                    description = cols.Length > 1 ? cols[1] : "";
                    break;
                case "topic":
                    topics.Add(new MediaTopic(cols[1], cols[3], cols[2] == "-" ? null : cols[2]));
                    break;
                case "class":
                    classes.Add(cols[1]);
                    biases.Add(P(cols[2]));
                    break;
                case "feature":
                    for (var k = 3; k < cols.Length; k++)
                    {
                        var colon = cols[k].IndexOf(':', StringComparison.Ordinal);
                        sparse.Add((features.Count, int.Parse(cols[k].AsSpan(0, colon), CultureInfo.InvariantCulture), P(cols[k][(colon + 1)..])));
                    }
                    features.Add(cols[1]);
                    idf.Add(P(cols[2]));
                    break;
                case "train":
                    ids.Add(cols[1]);
                    break;
            }
        }
        if (format != FormatVersion) throw new InvalidDataException($"Unsupported subject model format {format} (expected {FormatVersion}).");
        var weights = new float[features.Count * classes.Count];
        foreach (var (f, y, v) in sparse) weights[f * classes.Count + y] = v;
        return new SubjectModel(new MediaTopics(topics), classes, features, [.. idf], weights, [.. biases], ids, description);
    }

    private static string F(float v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static float P(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
