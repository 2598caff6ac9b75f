namespace TextPipeline.Output;

/// <summary>
/// The layout of an output folder. Each run writes its files into a folder of its own under
/// <c>.textpipeline-runs/</c>; <c>current</c> is a symbolic link to the latest complete one, and each output name
/// (<c>articles.jsonl</c> …) is a symbolic link to <c>current/&lt;name&gt;</c>. Replacing the one link
/// <c>current</c> switches every file at once, so no reader ever sees files of two runs side by side.
/// </summary>
internal static class OutputFolder
{
    /// <summary>The symbolic link to the latest complete run's folder; read through it for a consistent set.</summary>
    public const string Current = "current";

    /// <summary>Hidden folder holding the run folders; its presence marks an output folder (input walks skip it).</summary>
    public const string Runs = ".textpipeline-runs";

    /// <summary>
    /// Problems that would stop the outputs from being written, found before any analysis: a file where the folder
    /// should be, a folder that cannot be written, something other than a link where <c>current</c> or an output name
    /// should be, or an output folder that is one of the inputs. Null when the folder is fine. Creates nothing.
    /// </summary>
    public static string? Check(string directory, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(inputs);
        if (File.Exists(directory)) return $"'{directory}' is a file, not a folder";
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        foreach (var input in inputs)
        {
            if (input == "-" || !Directory.Exists(input)) continue;
            if (string.Equals(RealPath(input), RealPath(full), StringComparison.Ordinal))
            {
                return $"'{directory}' is also an input folder; write the outputs to a folder of their own (one inside an input folder is fine: it is skipped)";
            }
        }
        if (!Directory.Exists(full))
        {
            var existing = Path.GetDirectoryName(full);
            while (existing is not null && !Directory.Exists(existing))
            {
                if (File.Exists(existing)) return $"'{existing}' is a file, so the folder '{directory}' cannot be created";
                existing = Path.GetDirectoryName(existing);
            }
            return existing is null ? null : Writable(existing, $"'{directory}' cannot be created in '{existing}'");
        }
        foreach (var name in OutputWriter.FileNames.Append(Current))
        {
            var path = Path.Combine(full, name);
            var info = new FileInfo(path);
            if (info.LinkTarget is not null) continue;
            if (Directory.Exists(path)) return $"'{path}' is a folder in the way of the output link '{name}'";
        }
        var runs = Path.Combine(full, Runs);
        if (File.Exists(runs)) return $"'{runs}' is a file in the way of the runs folder";
        return Writable(Directory.Exists(runs) ? runs : full, $"cannot write in '{directory}'");
    }

    /// <summary>Marks an existing output folder (an older layout, or a run that never finished) so input walks skip it.</summary>
    public static void Mark(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (Directory.Exists(directory)) Directory.CreateDirectory(Path.Combine(directory, Runs));
    }

    /// <summary>True when <paramref name="directory"/> is an output folder (input walks skip such folders).</summary>
    public static bool IsOutputFolder(string directory) => Directory.Exists(Path.Combine(directory, Runs));

    // Permission bits do not tell (root ignores them; a read-only mount does not show in them): try it.
    private static string? Writable(string directory, string problem)
    {
        var probe = Path.Combine(directory, $".textpipeline-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{problem}: {e.Message}";
        }
    }

    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        try
        {
            return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target
                ? Path.TrimEndingDirectorySeparator(target)
                : full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
