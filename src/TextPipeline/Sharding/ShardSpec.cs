using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Sharding;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the articles whose id hashes to it. The hash is the first 8 bytes
/// of the id's SHA-256 modulo the count: stable across machines, runtimes and runs, and independent of the other
/// articles, so adding files never moves an article to another shard.
/// </summary>
internal readonly record struct ShardSpec
{
    /// <summary>More shards than this is a typo, not a cluster.</summary>
    public const int MaxCount = 100_000;

    public ShardSpec(int index, int count)
    {
        if (count is < 1 or > MaxCount) throw new ArgumentOutOfRangeException(nameof(count), count, $"The shard count must be from 1 to {MaxCount}.");
        if (index < 0 || index >= count) throw new ArgumentOutOfRangeException(nameof(index), index, $"The shard index must be from 0 to {count - 1}.");
        Index = index;
        Count = count;
    }

    public int Index { get; }

    public int Count { get; }

    /// <summary>True when the article with this id (as ingestion first names it) belongs to this shard.</summary>
    public bool Owns(string articleId) => Of(articleId, Count) == Index;

    /// <summary>The shard of <paramref name="articleId"/> among <paramref name="count"/>.</summary>
    public static int Of(string articleId, int count)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(articleId), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>Parses <c>i/N</c> (zero-based index); null and a reason when it is not one.</summary>
    public static ShardSpec? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            problem = $"'{text}' is not i/N (e.g. 0/4 for the first of four shards)";
            return null;
        }
        return Checked(index, count, out problem);
    }

    /// <summary>
    /// The shard a scheduler gave this process: Slurm job arrays (<c>SLURM_ARRAY_TASK_ID</c> minus
    /// <c>SLURM_ARRAY_TASK_MIN</c>, of <c>SLURM_ARRAY_TASK_COUNT</c>), else a Kubernetes Indexed Job
    /// (<c>JOB_COMPLETION_INDEX</c>) of <paramref name="count"/> shards. Null and a reason when neither is there.
    /// </summary>
    public static ShardSpec? FromEnvironment(Func<string, string?> environment, int? count, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(environment);
        problem = null;
        if (environment("SLURM_ARRAY_TASK_ID") is { } slurmId)
        {
            var min = environment("SLURM_ARRAY_TASK_MIN") ?? "0";
            var slurmCount = count?.ToString(CultureInfo.InvariantCulture) ?? environment("SLURM_ARRAY_TASK_COUNT");
            if (Number(slurmId) is not { } id || Number(min) is not { } first || slurmCount is null || Number(slurmCount) is not { } n)
            {
                problem = "SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN or SLURM_ARRAY_TASK_COUNT is not a number (submit with sbatch --array=0-<N-1>)";
                return null;
            }
            return Checked(id - first, n, out problem);
        }
        if (environment("JOB_COMPLETION_INDEX") is { } k8sIndex)
        {
            if (Number(k8sIndex) is not { } index)
            {
                problem = $"JOB_COMPLETION_INDEX '{k8sIndex}' is not a number";
                return null;
            }
            if (count is not { } n)
            {
                problem = "a Kubernetes Indexed Job gives the index only: give the count too (--shard-count, the Job's completions)";
                return null;
            }
            return Checked(index, n, out problem);
        }
        problem = "--shard auto needs SLURM_ARRAY_TASK_ID (a Slurm job array) or JOB_COMPLETION_INDEX (a Kubernetes Indexed Job)";
        return null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static ShardSpec? Checked(int index, int count, out string? problem)
    {
        problem = null;
        if (count is < 1 or > MaxCount)
        {
            problem = $"the shard count {count} is not from 1 to {MaxCount}";
            return null;
        }
        if (index < 0 || index >= count)
        {
            problem = $"the shard index {index} is not from 0 to {count - 1}";
            return null;
        }
        return new ShardSpec(index, count);
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
