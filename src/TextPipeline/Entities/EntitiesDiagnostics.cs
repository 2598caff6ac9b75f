using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Entities;

/// <summary>Diagnostics of the entity stage (TP3xxx).</summary>
public static class EntitiesDiagnostics
{
    private const string Category = "Entities";

    public static readonly DiagnosticDescriptor ModelMissing = new(
        "TP3001", "NER model not found", "The NER model '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "The named-entity model (ner-en.bin.gz) is embedded in the library; this error means a `--models` folder was given without it. The run stops (exit code 1) rather than find entities from gazetteers only: copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP3002", "NER model cannot be read", "The NER model '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The named-entity model file is corrupt or of an unsupported format. The run stops (exit code 1): restore the file or retrain it with `textpipeline train ner` (models/README.md).");

    public static readonly DiagnosticDescriptor GazetteerUnreadable = new(
        "TP3003", "Gazetteer cannot be read", "The gazetteer '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The --gazetteer CSV (name,type,aliases,id) or the shipped gazetteer could not be read. The run stops (exit code 1) before anything is written: fix the file or leave the option out.");

    public static readonly DiagnosticDescriptor GazetteerMissing = new(
        "TP3010", "Shipped gazetteer not found", "The gazetteer '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "The compiled gazetteer (gazetteer-en.tsv.gz) is embedded in the library; this error means a `--models` folder was given without it. The run stops (exit code 1): copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ClustersMismatch = new(
        "TP3004", "NER model trained with other word clusters", "The NER model '{0}' was trained with word clusters {1}, but the loaded clusters are {2}; entity quality may drop", Category, DiagnosticSeverity.Warning,
        "The model records the SHA-256 of the word-clusters file (models/word-clusters-en.tsv.gz) it was trained with. A different or missing file changes its cluster features. Retrain the model with `textpipeline train ner` or restore the matching clusters file.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [ModelMissing, ModelUnreadable, GazetteerUnreadable, ClustersMismatch, GazetteerMissing];
}
