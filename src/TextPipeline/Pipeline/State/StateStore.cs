using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace TextPipeline.Pipeline.State;

/// <summary>
/// The site state kept between runs (<c>--state &lt;dir&gt;</c>, by default <c>&lt;out&gt;/.state</c>): what the
/// corpus stages learned and must keep (the topic model, the corpus statistics keyphrases and related links weigh
/// words with, the related-links index with every article's links), so later runs apply them instead of learning
/// again, and an edit changes only what depends on it. One SQLite database in WAL mode (<see cref="FileName"/>);
/// every save is one transaction, so a killed run leaves the previous state or the new one, never a mix.
/// </summary>
internal sealed class StateStore : IDisposable
{
    public const string FileName = "state.db";

    /// <summary>Bumped when the schema or the meaning of an entry changes; an older store is started afresh.</summary>
    public const int FormatVersion = 1;

    private readonly SqliteConnection _connection;

    private StateStore(SqliteConnection connection, string directory)
    {
        _connection = connection;
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>
    /// Opens (creating when absent) the store in <paramref name="directory"/>. A store of another format version, or
    /// one SQLite cannot read, is moved aside (<c>state.db.unreadable-…</c>) and a fresh one started;
    /// <paramref name="problem"/> then says why.
    /// </summary>
    public static StateStore Open(string directory, out string? problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        System.IO.Directory.CreateDirectory(directory);
        problem = null;
        var path = Path.Combine(directory, FileName);
        try
        {
            return OpenChecked(directory, path);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException)
        {
            problem = e.Message;
            SqliteConnection.ClearAllPools();
            var aside = $"{path}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(path + suffix)) File.Move(path + suffix, aside + suffix, overwrite: true);
            }
            return OpenChecked(directory, path);
        }
    }

    private static StateStore OpenChecked(string directory, string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, "PRAGMA synchronous=FULL;");
            Execute(connection, "PRAGMA busy_timeout=30000;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS entries (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, data BLOB NOT NULL);
                """);
            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT value FROM meta WHERE key = 'format'";
                var format = read.ExecuteScalar() as string;
                if (format is null)
                {
                    using var write = connection.CreateCommand();
                    write.CommandText = "INSERT INTO meta (key, value) VALUES ('format', $v)";
                    write.Parameters.AddWithValue("$v", FormatVersion.ToString(CultureInfo.InvariantCulture));
                    write.ExecuteNonQuery();
                }
                else if (format != FormatVersion.ToString(CultureInfo.InvariantCulture))
                {
                    throw new InvalidDataException($"state format {format}, expected {FormatVersion}");
                }
            }
            return new StateStore(connection, directory);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Every entry, checked against its SHA-256 (a damaged entry is left out, so its stage learns afresh).</summary>
    public ImmutableDictionary<string, byte[]> Load()
    {
        var entries = ImmutableDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name, sha256, data FROM entries";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var data = (byte[])reader["data"];
            if (Convert.ToHexStringLower(SHA256.HashData(data)) == reader.GetString(1)) entries[reader.GetString(0)] = data;
        }
        return entries.ToImmutable();
    }

    /// <summary>Writes <paramref name="changes"/> in one transaction: a null value deletes the entry.</summary>
    public void Save(IReadOnlyDictionary<string, byte[]?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        using var transaction = _connection.BeginTransaction();
        foreach (var (name, data) in changes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            if (data is null)
            {
                command.CommandText = "DELETE FROM entries WHERE name = $n";
                command.Parameters.AddWithValue("$n", name);
            }
            else
            {
                command.CommandText = "INSERT INTO entries (name, sha256, data) VALUES ($n, $s, $d) ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256, data = excluded.data";
                command.Parameters.AddWithValue("$n", name);
                command.Parameters.AddWithValue("$s", Convert.ToHexStringLower(SHA256.HashData(data)));
                command.Parameters.AddWithValue("$d", data);
            }
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
