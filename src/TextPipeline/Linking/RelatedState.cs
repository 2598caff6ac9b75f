using System.Collections.Immutable;
using System.Text;

namespace TextPipeline.Linking;

/// <summary>
/// What the related-links stage keeps between runs: the settings its links were computed with, and per article the
/// fingerprint of what its links depend on, the terms it indexed and its links. With it, a run recomputes only the
/// articles whose links can have changed and copies the others.
/// </summary>
internal sealed record RelatedState(string Settings, ImmutableDictionary<string, RelatedState.Entry> Articles)
{
    private const int Format = 1;

    public sealed record Entry(string Fingerprint, ImmutableArray<ulong> IndexedTerms, EquatableArray<RelatedArticle> Links);

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(Settings);
            writer.Write(Articles.Count);
            foreach (var (id, entry) in Articles.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(id);
                writer.Write(entry.Fingerprint);
                writer.Write(entry.IndexedTerms.Length);
                foreach (var t in entry.IndexedTerms) writer.Write(t);
                writer.Write(entry.Links.Count);
                foreach (var link in entry.Links)
                {
                    writer.Write(link.Id);
                    writer.Write(link.Score);
                    writer.Write(link.Reasons.Count);
                    foreach (var r in link.Reasons) writer.Write(r);
                }
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The state in <paramref name="bytes"/>, or null when it is of another format or damaged (links are then computed afresh).</summary>
    public static RelatedState? FromBytes(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadInt32() != Format) return null;
            var settings = reader.ReadString();
            var count = Bounded(reader, bytes.Length);
            var articles = ImmutableDictionary.CreateBuilder<string, Entry>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var id = reader.ReadString();
                var fingerprint = reader.ReadString();
                var terms = new ulong[Bounded(reader, bytes.Length)];
                for (var t = 0; t < terms.Length; t++) terms[t] = reader.ReadUInt64();
                var links = new RelatedArticle[Bounded(reader, bytes.Length)];
                for (var l = 0; l < links.Length; l++)
                {
                    var linkId = reader.ReadString();
                    var score = reader.ReadDouble();
                    var reasons = new string[Bounded(reader, bytes.Length)];
                    for (var r = 0; r < reasons.Length; r++) reasons[r] = reader.ReadString();
                    links[l] = new RelatedArticle(linkId, score, reasons.ToEquatableArray());
                }
                articles[id] = new Entry(fingerprint, [.. terms], links.ToEquatableArray());
            }
            return new RelatedState(settings, articles.ToImmutable());
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A count that cannot be larger than the bytes left (a damaged entry is rejected, never allocated).</summary>
    private static int Bounded(BinaryReader reader, int length)
    {
        var n = reader.ReadInt32();
        if (n < 0 || n > length) throw new InvalidDataException("bad count in the related-links state");
        return n;
    }
}
