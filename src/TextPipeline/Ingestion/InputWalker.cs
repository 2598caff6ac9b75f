using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Ingestion;

/// <summary>
/// Walks input files and folders: folders recursively, hidden files and folders skipped, symbolic links followed
/// once (a link back into a folder already walked is reported, not followed), output folders of earlier runs and
/// <c>textpipeline.json</c> skipped. Output is sorted by relative path
/// (ordinal) per input, inputs in the order given, so runs are deterministic.
/// </summary>
internal static class InputWalker
{
    /// <summary>The run configuration a folder may hold (<c>textpipeline run</c> reads it); never an article.</summary>
    public const string ConfigFileName = "textpipeline.json";

    public static (ImmutableArray<InputFile> Files, ImmutableArray<Diagnostic> Diagnostics) Walk(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var files = ImmutableArray.CreateBuilder<InputFile>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                var name = Path.GetFileName(input);
                if (InputFile.FormatOf(name) is { } f)
                {
                    files.Add(new InputFile(Path.GetFullPath(input), name, input, f.Format, f.Gzipped));
                }
                else
                {
                    diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.UnsupportedFormat, input, null, null, name)
                        .WithSeverity(DiagnosticSeverity.Warning));
                }
            }
            else if (Directory.Exists(input))
            {
                var found = new List<InputFile>();
                var visited = new HashSet<string>(StringComparer.Ordinal);
                WalkDirectory(new DirectoryInfo(input), "", input, found, diagnostics, visited);
                found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
                files.AddRange(found);
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.InputNotFound, input, null, null, input));
            }
        }
        return (files.ToImmutable(), diagnostics.ToImmutable());
    }

    private static void WalkDirectory(
        DirectoryInfo dir, string relative, string displayRoot, List<InputFile> found,
        ImmutableArray<Diagnostic>.Builder diagnostics, HashSet<string> visited)
    {
        string real;
        try
        {
            real = RealPath(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Unreadable, Display(displayRoot, relative), null, null, e.Message));
            return;
        }
        if (!visited.Add(real))
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.DirectoryLoop, Display(displayRoot, relative), null, null, relative));
            return;
        }
        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Unreadable, Display(displayRoot, relative), null, null, e.Message));
            return;
        }
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            var rel = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !entry.Exists && !entry.Name.StartsWith('.'))
            {
                // A name that is not UTF-8 comes back with U+FFFD and cannot be opened: counted, and reported by the reader.
                if (InputFile.FormatOf(entry.Name) is { } nf) found.Add(new InputFile(entry.FullName, rel, Display(displayRoot, rel), nf.Format, nf.Gzipped));
                else diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.FileNameNotUtf8, Display(displayRoot, rel), null, null, rel));
                continue;
            }
            if (entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0) continue;
            if (entry is DirectoryInfo sub)
            {
                if (Output.OutputFolder.IsOutputFolder(sub.FullName))
                {
                    diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.OutputFolderSkipped, Display(displayRoot, rel), null, null, rel));
                    continue;
                }
                WalkDirectory(sub, rel, displayRoot, found, diagnostics, visited);
            }
            else if (entry.Name == ConfigFileName)
            {
                continue; // the run's own configuration, read by the command line
            }
            else if (IsProjectDocument(entry.Name))
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.UnsupportedFormat, Display(displayRoot, rel), null, null, rel));
            }
            else if (InputFile.FormatOf(entry.Name) is { } f)
            {
                found.Add(new InputFile(entry.FullName, rel, Display(displayRoot, rel), f.Format, f.Gzipped));
            }
            else if (entry.LinkTarget is not null && !File.Exists(entry.FullName))
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.Unreadable, Display(displayRoot, rel), null, null, "broken symbolic link"));
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(IngestionDiagnostics.UnsupportedFormat, Display(displayRoot, rel), null, null, rel));
            }
        }
    }

    /// <summary>README, LICENSE, NOTICE … files inside a walked folder describe the folder; they are not articles.</summary>
    private static bool IsProjectDocument(string name)
    {
        var stem = name.Split('.')[0].ToUpperInvariant();
        return stem is "README" or "LICENSE" or "LICENCE" or "NOTICE" or "COPYING" or "CHANGELOG" or "PROVENANCE" or "AUTHORS";
    }

    private static string Display(string root, string relative) =>
        relative.Length == 0 ? root : root.EndsWith('/') ? root + relative : root + "/" + relative;

    private static string RealPath(DirectoryInfo dir) => RealPath(Path.TrimEndingDirectorySeparator(dir.FullName), 0);

    // Resolves every symbolic link on the way, so two routes to one folder compare equal.
    private static string RealPath(string full, int depth)
    {
        if (depth > 64) throw new IOException("too many levels of symbolic links");
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var candidate = Path.Combine(RealPath(parent, depth + 1), Path.GetFileName(full));
        var info = new DirectoryInfo(candidate);
        if (info.LinkTarget is null) return candidate;
        var target = info.ResolveLinkTarget(returnFinalTarget: true) ?? throw new IOException("unresolvable symbolic link");
        return RealPath(Path.TrimEndingDirectorySeparator(target.FullName), depth + 1);
    }
}
