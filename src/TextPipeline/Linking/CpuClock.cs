using System.Diagnostics;

namespace TextPipeline.Linking;

/// <summary>Processor time used by the process since start (all threads): a timing that a busy shared machine does not inflate.</summary>
internal sealed class CpuClock
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public static CpuClock Start() => new();

    public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;
}
