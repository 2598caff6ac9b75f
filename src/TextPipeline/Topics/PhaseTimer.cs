using System.Diagnostics;
using System.Globalization;

namespace TextPipeline.Topics;

/// <summary>
/// Wall and process CPU time per named phase (CPU includes native sampler threads), for the training summary on
/// stderr. CPU time is what to compare on a loaded machine; wall time is inflated by other processes.
/// </summary>
public sealed class PhaseTimer
{
    private readonly List<(string Name, TimeSpan Wall, TimeSpan Cpu)> _phases = [];

    public IReadOnlyList<(string Name, TimeSpan Wall, TimeSpan Cpu)> Phases => _phases;

    public T Measure<T>(string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var wall = Stopwatch.StartNew();
        var cpu = CpuNow();
        var result = work();
        _phases.Add((name, wall.Elapsed, CpuNow() - cpu));
        return result;
    }

    private readonly List<(string Name, long Value)> _counts = [];

    /// <summary>Records the process's start-up (runtime start, JIT of the command line code) up to now.</summary>
    public void RecordStartup()
    {
        using var process = Process.GetCurrentProcess();
        _phases.Add(("startup", DateTime.Now - process.StartTime, process.TotalProcessorTime));
    }

    /// <summary>Runs <paramref name="work"/> as a named phase.</summary>
    public void Measure(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Measure(name, () =>
        {
            work();
            return 0;
        });
    }

    /// <summary>Records a size that explains a phase's time (e.g. the tokens the sampler sees).</summary>
    public void Count(string name, long value) => _counts.Add((name, value));

    /// <summary>One line: <c>name wall/cpu s</c> per phase, in order.</summary>
    public string Summary() =>
        string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Wall.TotalSeconds:0.00}/{p.Cpu.TotalSeconds:0.00}"))
            .Concat(_counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Value}"))));

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
