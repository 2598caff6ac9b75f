using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Recognition;
using TextPipeline.Models;

namespace TextPipeline.Entities;

/// <summary>
/// The recognizer and gazetteers of a prepared pipeline, loaded once and shared by all threads. A missing or
/// unreadable model or gazetteer is a <see cref="ModelLoadException"/> at preparation, never a silent fallback.
/// </summary>
internal sealed class EntityResources
{
    /// <param name="model">The recognizer, or null for gazetteer-only recognition (tools and tests ask for it explicitly).</param>
    public EntityResources(NerModel? model, Gazetteer shipped, Gazetteer? user)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        Model = model;
        Shipped = shipped;
        User = user;
        Lookup = user is null ? shipped : shipped.Merge(user);
    }

    public NerModel? Model { get; }

    /// <summary>Tags the words of untagged documents when <see cref="Model"/> reads parts of speech; null otherwise.</summary>
    public Tokenization.TextAnalyzer? Tagger { get; init; }

    public Gazetteer Shipped { get; }

    /// <summary>The user's --gazetteer names (matched in the text and given their ids), or null.</summary>
    public Gazetteer? User { get; }

    /// <summary>Shipped and user names for canonical names and ids; user entries win.</summary>
    public Gazetteer Lookup { get; }

    /// <summary>
    /// The shipped gazetteer and NER model of <paramref name="models"/> (each loaded once per store), and the user's
    /// gazetteer when given. <paramref name="warnings"/> holds run-level warnings (TP3004: the model was trained with
    /// other word clusters). Throws <see cref="ModelLoadException"/> (TP3001, TP3002, TP3003, TP3010).
    /// </summary>
    public static EntityResources Load(ModelStore models, string? userGazetteerPath, out ImmutableArray<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(models);
        var shipped = LoadGazetteer(models);
        var model = LoadModel(models);
        var problems = new List<Diagnostic>();
        if (model.ClustersMismatch)
        {
            problems.Add(Diagnostic.Create(EntitiesDiagnostics.ClustersMismatch, null, null, null, EntityModelFiles.NerModel, model.Settings.ClustersSha256, model.Features.ClustersSha256 ?? "none"));
        }
        Gazetteer? user = null;
        if (userGazetteerPath is not null)
        {
            user = LoadUserGazetteer(userGazetteerPath, out var badRows);
            problems.AddRange(badRows.Select(r => Diagnostic.Create(Ingestion.IngestionDiagnostics.BadGazetteerRow, userGazetteerPath, null, null, r)));
        }
        warnings = [.. problems];
        return new EntityResources(model, shipped, user)
        {
            Tagger = model.Settings.UsePos ? Tokenization.TextAnalyzer.Load(models) : null,
        };
    }

    /// <summary>The shipped gazetteer of <paramref name="models"/>, loaded once per store.</summary>
    public static Gazetteer LoadGazetteer(ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(EntityModelFiles.Gazetteer, file => Gazetteer.Load(file.OpenRead(), compressed: true),
            EntitiesDiagnostics.GazetteerMissing, EntitiesDiagnostics.GazetteerUnreadable);
    }

    /// <summary>The shipped NER model of <paramref name="models"/> (with its gazetteer and word clusters), loaded once per store.</summary>
    public static NerModel LoadModel(ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(EntityModelFiles.NerModel,
            file => NerModel.Load(file.OpenRead(), LoadGazetteer(models), () => Lexicon.WordClusters.Load(models)),
            EntitiesDiagnostics.ModelMissing, EntitiesDiagnostics.ModelUnreadable);
    }

    /// <summary>
    /// A site gazetteer CSV (<c>name,type,aliases,id</c>); rows that cannot be used are listed in
    /// <paramref name="badRows"/> (TP1028). Throws <see cref="ModelLoadException"/> (TP3003) when the file cannot be read.
    /// </summary>
    public static Gazetteer LoadUserGazetteer(string path, out IReadOnlyList<string> badRows)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var rows = new List<string>();
            var gazetteer = UserGazetteerReader.ReadFile(path, rows);
            badRows = rows;
            return gazetteer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvHelperException or InvalidDataException)
        {
            throw new ModelLoadException(Diagnostic.Create(EntitiesDiagnostics.GazetteerUnreadable, path, null, null, path, e.Message));
        }
    }
}
