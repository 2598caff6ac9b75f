using System.Runtime.InteropServices;

namespace TextPipeline.Output;

/// <summary>
/// The two file-system operations that make an output set visible: an atomic rename that replaces its target (a
/// symbolic link or an empty name) and creating a symbolic link. A seam, so tests can fail or stop any one of them.
/// </summary>
internal interface IOutputFileSystem
{
    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, replacing a file or link there in one step.</summary>
    void Rename(string from, string to);

    /// <summary>Creates a symbolic link at <paramref name="path"/> holding <paramref name="target"/> (relative to the link's folder).</summary>
    void CreateSymbolicLink(string path, string target);
}

/// <summary>The real file system: POSIX <c>rename(2)</c>, which .NET's <c>File.Move</c> does not offer for a link to a folder.</summary>
internal sealed partial class OutputFileSystem : IOutputFileSystem
{
    public static OutputFileSystem Instance { get; } = new();

    public void Rename(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            if (Directory.Exists(from) && !IsLink(from)) Directory.Move(from, to);
            else File.Move(from, to, overwrite: true);
            return;
        }
        if (rename(from, to) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"cannot rename '{from}' to '{to}': {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }
    }

    public void CreateSymbolicLink(string path, string target) => File.CreateSymbolicLink(path, target);

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rename(string oldpath, string newpath);
}
