using System.Runtime.InteropServices;

namespace TextPipeline;

/// <summary>What kind of file system object a path names (links followed).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    /// <summary>The platform gave no answer; the caller reads with its byte limit only.</summary>
    Unknown,
}

/// <summary>
/// Tells regular files from FIFOs, sockets and devices before anything opens them: opening a FIFO blocks until a
/// writer appears and a device such as <c>/dev/zero</c> reports length 0 yet never ends, so neither may be read.
/// .NET has no public API for the file type, so Linux asks <c>statx</c> (its struct layout is the same on every
/// architecture); other platforms answer <see cref="FileKind.Unknown"/> unless the path is a directory.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // stx_mask u32, stx_blksize u32, stx_attributes u64, stx_nlink u32, stx_uid u32, stx_gid u32
    private const int StatxSize = 256;

    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!OperatingSystem.IsLinux()) return File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
        try
        {
            return Statx(path);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
        }
    }

    /// <summary>A short phrase for diagnostics ("a FIFO (named pipe)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a directory",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    private static unsafe FileKind Statx(string path)
    {
        var buffer = stackalloc byte[StatxSize];
        if (statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno == 38) return File.Exists(path) ? FileKind.Unknown : FileKind.Missing; // ENOSYS: old kernel
            return FileKind.Missing;
        }
        var mode = *(ushort*)(buffer + ModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Unknown,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int statx(int dirfd, string pathname, int flags, uint mask, byte* statxbuf);
}
