using System.Runtime.InteropServices;

namespace TextPipeline.Topics;

/// <summary>
/// ML.NET's native LightLDA prints progress lines to the process's stdout, where our data goes. Around native calls
/// the stdout file descriptor is pointed at /dev/null (dup/dup2, C stdio flushed on both sides) and restored after.
/// One caller at a time: the redirect is process-wide, and the native LDA code is not meant to run twice at once.
/// </summary>
internal static partial class NativeStdout
{
    private const int StdoutFd = 1;
    private const int WriteOnly = 1;
    private static readonly Lock s_gate = new();

    public static T Silence<T>(Func<T> action)
    {
        lock (s_gate)
        {
            if (!OperatingSystem.IsLinux()) return action();
            var saved = -1;
            try
            {
                Console.Out.Flush();
                _ = fflush(0);
                saved = dup(StdoutFd);
                var devNull = open("/dev/null", WriteOnly);
                if (saved >= 0 && devNull >= 0) _ = dup2(devNull, StdoutFd);
                if (devNull >= 0) _ = close(devNull);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                saved = -1; // no glibc (e.g. musl): run unsilenced rather than fail
            }
            try
            {
                return action();
            }
            finally
            {
                if (saved >= 0)
                {
                    _ = fflush(0);
                    _ = dup2(saved, StdoutFd);
                    _ = close(saved);
                }
            }
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "dup")]
    private static partial int dup(int fd);

    [LibraryImport("libc.so.6", EntryPoint = "dup2")]
    private static partial int dup2(int oldFd, int newFd);

    [LibraryImport("libc.so.6", EntryPoint = "close")]
    private static partial int close(int fd);

    [LibraryImport("libc.so.6", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc.so.6", EntryPoint = "fflush")]
    private static partial int fflush(nint stream);
}
