namespace TextPipeline.Output;

/// <summary>
/// Writes a set of files atomically: each is written to a temporary file in the target folder, then all are renamed
/// over their targets at the end. A crash or cancellation before <see cref="Commit"/> leaves the previous complete
/// files (or none) in place; the temporary files are deleted on dispose.
/// </summary>
internal sealed class AtomicFileSet : IDisposable
{
    private readonly string _directory;
    private readonly List<(string Temp, string Target)> _pending = [];

    public AtomicFileSet(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    public Stream Create(string fileName)
    {
        var target = Path.Combine(_directory, fileName);
        var temp = Path.Combine(_directory, $".{fileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        _pending.Add((temp, target));
        return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public void Commit()
    {
        foreach (var (temp, target) in _pending)
        {
            File.Move(temp, target, overwrite: true);
        }
        _pending.Clear();
    }

    public void Dispose()
    {
        foreach (var (temp, _) in _pending)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort: a stray temporary file is harmless and hidden (dot-prefixed).
            }
        }
        _pending.Clear();
    }
}
