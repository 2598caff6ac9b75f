using TextPipeline.Diagnostics;

namespace TextPipeline.Models;

/// <summary>
/// A model a stage needs is missing or cannot be read. Thrown while a pipeline is prepared, never while articles are
/// analysed: the tool reports <see cref="Diagnostic"/> and exits with code 1 instead of running with worse output.
/// </summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>An exception for <paramref name="diagnostic"/>; its message is the diagnostic's.</summary>
    public ModelLoadException(Diagnostic diagnostic)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).Message) => Diagnostic = diagnostic;

    /// <summary>An exception with a generic message and a TP7xxx "stage failed" diagnostic.</summary>
    public ModelLoadException()
        : this("A model cannot be loaded.")
    {
    }

    /// <summary>An exception with <paramref name="message"/> and a TP7xxx "stage failed" diagnostic.</summary>
    public ModelLoadException(string message)
        : base(message) => Diagnostic = Diagnostic.Create(Output.OutputDiagnostics.StageFailed, null, null, null, "models", message);

    /// <summary>An exception with <paramref name="message"/>, the exception that caused it, and a TP7xxx "stage failed" diagnostic.</summary>
    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException) => Diagnostic = Diagnostic.Create(Output.OutputDiagnostics.StageFailed, null, null, null, "models", message);

    /// <summary>What went wrong, with the stage's diagnostic id (e.g. TP3001 for a missing NER model).</summary>
    public Diagnostic Diagnostic { get; }
}
