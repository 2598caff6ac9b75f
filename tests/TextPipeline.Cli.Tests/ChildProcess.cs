using System.Diagnostics;

namespace TextPipeline.Cli.Tests;

/// <summary>
/// Runs the real program in a child process, so its stdout is exactly what a user would get (native libraries such as
/// ML.NET's LightLDA write to the process's stdout, which an in-process run would not see).
/// </summary>
internal static class ChildProcess
{
    public static (int Code, string Out, string Err) Exec(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "textpipeline.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
