using System.Diagnostics;

namespace TextPipeline.Cli.Tests;

/// <summary>
/// Runs the real program in a child process, so its stdout is exactly what a user would get (native libraries such as
/// ML.NET's LightLDA write to the process's stdout, which an in-process run would not see).
/// </summary>
internal static class ChildProcess
{
    public static (int Code, string Out, string Err) Exec(params string[] args) => ExecWithInput(null, args);

    /// <summary>As <see cref="Exec"/>, with <paramref name="stdin"/> written to the program's standard input (then closed).</summary>
    public static (int Code, string Out, string Err) ExecWithInput(string? stdin, params string[] args) => Run(stdin, [], args);

    /// <summary>
    /// As <see cref="Exec"/>, run under a tracer such as <c>strace -e inject=…</c>: <paramref name="wrapper"/> is the
    /// tracer's command line up to the traced program.
    /// </summary>
    public static (int Code, string Out, string Err) ExecUnder(IReadOnlyList<string> wrapper, params string[] args) => Run(null, wrapper, args);

    private static (int Code, string Out, string Err) Run(string? stdin, IReadOnlyList<string> wrapper, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "textpipeline.dll");
        var info = new ProcessStartInfo(wrapper.Count > 0 ? wrapper[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null, UseShellExecute = false };
        foreach (var w in wrapper.Skip(1)) info.ArgumentList.Add(w);
        if (wrapper.Count > 0) info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
