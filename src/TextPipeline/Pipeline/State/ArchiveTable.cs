using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using TextPipeline.Linking;
using TextPipeline.Output;
using TextPipeline.Pipeline.Caching;

namespace TextPipeline.Pipeline.State;

/// <summary>
/// The site's archive in the state database: one row per article with its <c>articles.jsonl</c> record (readable by
/// any SQLite client), its whole analysis (<see cref="Encode"/>: the ingested article and everything the stages
/// added, without the tokenized document, including what related links are computed from) and the SHA-256 of that
/// blob, so a run rewrites only the rows whose analysis changed, and its MinHash signature. <c>run --state</c> makes the table equal to its
/// corpus in the transaction that saves the state; <c>serve</c> loads it at start and writes each change (the article
/// and every other article whose links changed) in one transaction before it answers. The meta key
/// <see cref="LinksKey"/> names the settings the stored links were computed with.
/// </summary>
internal static class ArchiveTable
{
    /// <summary>
    /// Bumped when the table's columns or the analysis blob's layout change: a table of another format is dropped and
    /// made afresh when the database opens (the next <c>run --state</c> fills it again).
    /// </summary>
    public const int Format = 2;

    /// <summary>Meta key: the table's format.</summary>
    public const string FormatKey = "archive.format";

    /// <summary>Meta key: the related-links settings of the stored links (<see cref="RelatedLinker.Settings"/>).</summary>
    public const string LinksKey = "archive.links";

    /// <summary>
    /// The blobs the server loads come before the record (SQLite reads a row's columns in order, so loading never
    /// walks the record's overflow pages): the MinHash signature the duplicate finder buckets by (so start-up does not
    /// recompute it), then the analysis.
    /// </summary>
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS articles (
          id TEXT PRIMARY KEY NOT NULL,
          sha256 TEXT NOT NULL,
          minhash BLOB NOT NULL,
          analysis BLOB NOT NULL,
          record TEXT NOT NULL,
          updated TEXT NOT NULL
        );
        """;

    /// <summary>Creates the table, or makes it afresh when it is of another format (called when the database opens).</summary>
    public static void EnsureSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (GetMeta(connection, FormatKey, transaction) != Format.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            Execute(connection, transaction, "DROP TABLE IF EXISTS articles");
            SetMeta(connection, transaction, LinksKey, null);
            SetMeta(connection, transaction, FormatKey, Format.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Execute(connection, transaction, Schema);
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The signature as stored (little-endian 64-bit values).</summary>
    public static byte[] EncodeSignature(ulong[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[signature.Length * sizeof(ulong)];
        for (var i = 0; i < signature.Length; i++) System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), signature[i]);
        return bytes;
    }

    /// <summary>A stored signature, or null when it is not one the finder made (it is then computed again).</summary>
    public static ulong[]? DecodeSignature(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != 0 && bytes.Length != Shingles.SignatureLength * sizeof(ulong)) return null;
        var signature = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < signature.Length; i++) signature[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)));
        return signature;
    }

    /// <summary>The signature of an article's text, as the duplicate finder computes it.</summary>
    public static ulong[] SignatureOf(ArticleAnalysis analysis) =>
        DuplicateFinder.SignatureOf(Shingles.Of(analysis.Article.Text.AsSpan(), LinkingOptions.Default.ShingleSize));

    /// <summary>The analysis as stored: format, the ingested article, then every stage's results (document dropped).</summary>
    public static byte[] Encode(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var writer = new CacheWriter();
        writer.Int(Format);
        ArticleSerializer.Write(writer, analysis.Article);
        AnalysisSerializer.WriteAnalysis(writer, analysis with { Document = null });
        return writer.Written.ToArray();
    }

    /// <summary>Reads a stored analysis; <see cref="InvalidDataException"/> when it is of another format or damaged.</summary>
    public static ArticleAnalysis Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var reader = new CacheReader(data);
        var format = reader.Int();
        if (format != Format) throw new InvalidDataException($"archive row format {format}, expected {Format}");
        var article = ArticleSerializer.Read(reader);
        var analysis = AnalysisSerializer.ReadAnalysis(reader, article);
        if (reader.Remaining != 0) throw CacheReader.Corrupt("trailing bytes");
        return analysis;
    }

    /// <summary>Every stored row's id, signature and analysis blob, in id order.</summary>
    public static List<(string Id, byte[] MinHash, byte[] Data)> ReadAll(SqliteConnection connection)
    {
        var rows = new List<(string, byte[], byte[])>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, minhash, analysis FROM articles ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetString(0), (byte[])reader[1], (byte[])reader[2]));
        return rows;
    }

    /// <summary>The number of stored articles.</summary>
    public static long Count(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Inserts or replaces one article's row (<paramref name="signature"/>: its MinHash signature, when known).</summary>
    public static void Upsert(SqliteConnection connection, SqliteTransaction transaction, ArticleAnalysis analysis, ulong[]? signature = null)
    {
        var data = Encode(analysis);
        Upsert(connection, transaction, analysis, data, Hash(data), signature ?? SignatureOf(analysis));
    }

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Makes the table equal to a run's corpus: rows of articles whose analysis changed are rewritten, rows of
    /// articles the corpus no longer has are deleted, and the links' settings are noted.
    /// </summary>
    public static void Sync(SqliteConnection connection, SqliteTransaction transaction, CorpusAnalysis corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT id, sha256 FROM articles";
            using var reader = command.ExecuteReader();
            while (reader.Read()) stored[reader.GetString(0)] = reader.GetString(1);
        }
        var encoded = corpus.Articles.AsParallel().AsOrdered().Select(a => (Analysis: a, Data: Encode(a))).ToList();
        foreach (var (analysis, data) in encoded)
        {
            var hash = Hash(data);
            if (stored.Remove(analysis.Id, out var old) && old == hash) continue;
            Upsert(connection, transaction, analysis, data, hash, SignatureOf(analysis));
        }
        foreach (var id in stored.Keys) Delete(connection, transaction, id);
        var settings = corpus.StateChanges.TryGetValue(RelatedLinksStage.StateEntry, out var related) && related is not null
            ? RelatedState.FromBytes(related)?.Settings
            : null;
        SetMeta(connection, transaction, LinksKey, settings);
    }

    public static string? GetMeta(SqliteConnection connection, string key, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Sets (or, for null, removes) a meta value.</summary>
    public static void SetMeta(SqliteConnection connection, SqliteTransaction transaction, string key, string? value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (value is null)
        {
            command.CommandText = "DELETE FROM meta WHERE key = $k";
        }
        else
        {
            command.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            command.Parameters.AddWithValue("$v", value);
        }
        command.Parameters.AddWithValue("$k", key);
        command.ExecuteNonQuery();
    }

    private static void Upsert(SqliteConnection connection, SqliteTransaction transaction, ArticleAnalysis analysis, byte[] data, string hash, ulong[] signature)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO articles (id, sha256, minhash, analysis, record, updated) VALUES ($id, $sha, $minhash, $data, $record, $updated)
            ON CONFLICT(id) DO UPDATE SET sha256 = excluded.sha256, minhash = excluded.minhash, analysis = excluded.analysis, record = excluded.record, updated = excluded.updated
            """;
        command.Parameters.AddWithValue("$id", analysis.Id);
        command.Parameters.AddWithValue("$sha", hash);
        command.Parameters.AddWithValue("$record", ArticleJsonWriter.ToJson(analysis));
        command.Parameters.AddWithValue("$data", data);
        command.Parameters.AddWithValue("$minhash", EncodeSignature(signature));
        command.Parameters.AddWithValue("$updated", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private static string Hash(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
