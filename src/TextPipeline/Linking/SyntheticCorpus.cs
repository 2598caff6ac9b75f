using System.Globalization;
using System.Text;

namespace TextPipeline.Linking;

/// <summary>
/// Writes a large synthetic corpus for scale benchmarks by recombining paragraphs of a real one: article n of
/// folder c takes a title and 3–8 paragraphs drawn (seeded) from folder c of the source, so folder labels keep
/// their meaning. Files are <c>&lt;out&gt;/&lt;label&gt;/&lt;n&gt;.txt</c> in the source's plain-text layout.
/// </summary>
internal static class SyntheticCorpus
{
    public static int Generate(string sourceFolder, string outFolder, int articles, int seed)
    {
        var labels = Directory.GetDirectories(sourceFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        var paragraphs = new List<string>[labels.Length];
        var titles = new List<string>[labels.Length];
        for (var l = 0; l < labels.Length; l++)
        {
            paragraphs[l] = [];
            titles[l] = [];
            foreach (var file in Directory.GetFiles(Path.Combine(sourceFolder, labels[l]), "*.txt").Order(StringComparer.Ordinal))
            {
                var blocks = File.ReadAllText(file, Encoding.Latin1).Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (blocks.Length < 2) continue;
                titles[l].Add(blocks[0]);
                paragraphs[l].AddRange(blocks.Skip(1));
            }
        }
        var random = new Random(seed);
        for (var n = 0; n < articles; n++)
        {
            var l = n % labels.Length;
            var text = new StringBuilder(titles[l][random.Next(titles[l].Count)]).Append("\n\n");
            var count = random.Next(3, 9);
            for (var p = 0; p < count; p++) text.Append(paragraphs[l][random.Next(paragraphs[l].Count)]).Append("\n\n");
            var dir = Path.Combine(outFolder, labels[l]);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, (n / labels.Length).ToString("000000", CultureInfo.InvariantCulture) + ".txt"), text.ToString());
        }
        return articles;
    }

    /// <summary>Appends a fresh sentence to a seeded <paramref name="fraction"/> of the corpus files; returns how many.</summary>
    public static int Change(string folder, double fraction, int seed)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var count = (int)Math.Round(files.Length * fraction);
        foreach (var file in files.OrderBy(_ => random.Next()).Take(count))
        {
            File.AppendAllText(file, $"An update was added to this story (edit {random.Next()}).\n");
        }
        return count;
    }
}
