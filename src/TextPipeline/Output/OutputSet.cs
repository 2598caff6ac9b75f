using System.Globalization;

namespace TextPipeline.Output;

/// <summary>
/// One run's output files, written into a fresh folder under <see cref="OutputFolder.Runs"/> and made visible all at
/// once by <see cref="Commit"/> (see <see cref="OutputFolder"/> for the layout). Until then nothing a reader sees has
/// changed; a crash, kill or error at any step leaves the previous complete set (or none). Folders left by killed
/// runs are deleted by the next one.
/// </summary>
internal sealed class OutputSet : IDisposable
{
    private const string PartialPrefix = "partial-";

    private readonly string _directory;
    private readonly string _runs;
    private readonly string _partial;
    private readonly IOutputFileSystem _fileSystem;
    private readonly List<string> _names = [];
    private bool _committed;

    public OutputSet(string directory, IOutputFileSystem? fileSystem = null)
    {
        _directory = Path.GetFullPath(directory);
        _runs = Path.Combine(_directory, OutputFolder.Runs);
        _fileSystem = fileSystem ?? OutputFileSystem.Instance;
        Directory.CreateDirectory(_runs);
        DeleteAbandoned();
        _partial = Path.Combine(_runs, $"{PartialPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_partial);
    }

    /// <summary>A new file of this run (not visible until <see cref="Commit"/>).</summary>
    public Stream Create(string fileName)
    {
        _names.Add(fileName);
        return new FileStream(Path.Combine(_partial, fileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>
    /// Makes this run's files the visible set: (1) the finished folder gets its final name; (2) an output folder of the
    /// older layout (plain files) is first turned into this layout with a copy of its files, so nothing visible
    /// changes; (3) each output name becomes a link to <c>current/&lt;name&gt;</c> (unchanged content: it already was,
    /// or pointed nowhere); (4) <c>current</c> is replaced by a link to the new folder, the only visible step; (5)
    /// run folders other than the new and the previous one are deleted.
    /// </summary>
    public void Commit()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var finished = Path.Combine(_runs, $"{stamp}-{Guid.NewGuid().ToString("N")[..8]}");
        _fileSystem.Rename(_partial, finished);
        _committed = true;

        var currentLink = Path.Combine(_directory, OutputFolder.Current);
        var previous = LinkTarget(currentLink);
        if (previous is null) previous = AdoptPlainFiles(currentLink);
        foreach (var name in _names)
        {
            var path = Path.Combine(_directory, name);
            var target = Path.Combine(OutputFolder.Current, name);
            if (LinkTarget(path) == target) continue;
            ReplaceWithLink(path, target);
        }
        ReplaceWithLink(currentLink, Path.Combine(OutputFolder.Runs, Path.GetFileName(finished)));
        Prune(keep: [Path.GetFileName(finished), previous is null ? null : Path.GetFileName(previous)]);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(_partial);
    }

    /// <summary>
    /// Plain output files of the older layout (renamed one by one) go into a run folder of their own, and
    /// <c>current</c> points at it, so turning the names into links changes no content. Null when there are none.
    /// </summary>
    private string? AdoptPlainFiles(string currentLink)
    {
        var plain = OutputWriter.FileNames.Where(n => File.Exists(Path.Combine(_directory, n)) && LinkTarget(Path.Combine(_directory, n)) is null).ToList();
        if (plain.Count == 0) return null;
        var adopted = Path.Combine(_runs, $"{PartialPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(adopted);
        foreach (var name in plain) File.Copy(Path.Combine(_directory, name), Path.Combine(adopted, name));
        var final = Path.Combine(_runs, "adopted-" + Guid.NewGuid().ToString("N")[..8]);
        _fileSystem.Rename(adopted, final);
        ReplaceWithLink(currentLink, Path.Combine(OutputFolder.Runs, Path.GetFileName(final)));
        return final;
    }

    /// <summary>A link made under a temporary name, then renamed over <paramref name="path"/> in one step.</summary>
    private void ReplaceWithLink(string path, string target)
    {
        var temp = Path.Combine(_runs, $".link-{Environment.ProcessId}-{Guid.NewGuid():N}");
        // The link is renamed into the output folder: its relative target is read from there.
        _fileSystem.CreateSymbolicLink(temp, target);
        try
        {
            _fileSystem.Rename(temp, path);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Run folders that are neither the new nor the previous one (older runs, finished folders a failed switch left).</summary>
    private void Prune(string?[] keep)
    {
        foreach (var dir in Directory.EnumerateDirectories(_runs))
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith(PartialPrefix, StringComparison.Ordinal) || keep.Contains(name)) continue;
            TryDelete(dir);
        }
    }

    /// <summary>Folders and temporary links of runs whose process is gone (killed), and temporary files of the older layout.</summary>
    private void DeleteAbandoned()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_runs))
        {
            var name = Path.GetFileName(entry);
            if ((name.StartsWith(PartialPrefix, StringComparison.Ordinal) || name.StartsWith(".link-", StringComparison.Ordinal)) && !IsAlive(ProcessIdOf(name))) TryDelete(entry);
        }
        foreach (var file in Directory.EnumerateFiles(_directory, ".*.tmp"))
        {
            // The older layout's ".articles.jsonl.<pid>.<guid>.tmp".
            var parts = Path.GetFileName(file).Split('.');
            if (parts.Length >= 5 && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsAlive(pid)) TryDelete(file);
        }
    }

    private static int ProcessIdOf(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var end = dash < 0 ? -1 : name.IndexOf('-', dash + 1);
        return end > dash && int.TryParse(name.AsSpan(dash + 1, end - dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : -1;
    }

    private static bool IsAlive(int pid)
    {
        if (pid <= 0) return false;
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null || File.Exists(path)) File.Delete(path);
            else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: what is left is hidden and deleted by a later run.
        }
    }
}
