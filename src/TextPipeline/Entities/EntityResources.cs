using System.Collections.Concurrent;
using TextPipeline.Diagnostics;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Recognition;
using TextPipeline.Pipeline;

namespace TextPipeline.Entities;

/// <summary>
/// The model and gazetteers of one run, loaded once and shared by all threads. Load problems become diagnostics
/// (reported on every article, so each article's output is complete on its own), never exceptions.
/// </summary>
public sealed class EntityResources
{
    private static readonly ConcurrentDictionary<(string?, string?), Lazy<EntityResources>> s_cache = new();

    private EntityResources(NerModel? model, Gazetteer shipped, Gazetteer? user, IReadOnlyList<Diagnostic> problems)
    {
        Model = model;
        Shipped = shipped;
        User = user;
        Problems = problems;
        Lookup = user is null ? shipped : shipped.Merge(user);
    }

    public NerModel? Model { get; }

    public Gazetteer Shipped { get; }

    /// <summary>The user's --gazetteer names (matched in the text and given their ids), or null.</summary>
    public Gazetteer? User { get; }

    /// <summary>Shipped and user names for canonical names and ids; user entries win.</summary>
    public Gazetteer Lookup { get; }

    public IReadOnlyList<Diagnostic> Problems { get; }

    public static EntityResources For(StageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = (context.ModelsDirectory, context.Options.GazetteerPath);
        return s_cache.GetOrAdd(key, k => new Lazy<EntityResources>(() => Load(k.Item1, k.Item2))).Value;
    }

    /// <summary>Resources from objects already loaded (evaluation of another model file, tests).</summary>
    public static EntityResources Create(NerModel? model, Gazetteer shipped, Gazetteer? user = null)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        return new EntityResources(model, shipped, user, []);
    }

    public static EntityResources Load(string? modelsDirectory, string? userGazetteerPath)
    {
        var problems = new List<Diagnostic>();
        var shipped = Gazetteer.Empty;
        var shippedPath = ModelLocator.FindModel(EntityModelFiles.Gazetteer, modelsDirectory);
        if (shippedPath is not null)
        {
            try
            {
                shipped = Gazetteer.Load(shippedPath);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problems.Add(Diagnostic.Create(EntitiesDiagnostics.GazetteerUnreadable, null, null, null, EntityModelFiles.Gazetteer, e.Message));
            }
        }
        Gazetteer? user = null;
        if (userGazetteerPath is not null)
        {
            try
            {
                using var reader = new StreamReader(userGazetteerPath, detectEncodingFromByteOrderMarks: true);
                user = UserGazetteerReader.Read(reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvHelperException)
            {
                problems.Add(Diagnostic.Create(EntitiesDiagnostics.GazetteerUnreadable, userGazetteerPath, null, null, userGazetteerPath, e.Message));
            }
        }
        NerModel? model = null;
        var modelPath = ModelLocator.FindModel(EntityModelFiles.NerModel, modelsDirectory);
        if (modelPath is null)
        {
            problems.Add(Diagnostic.Create(EntitiesDiagnostics.ModelMissing, null, null, null, EntityModelFiles.NerModel));
        }
        else
        {
            try
            {
                model = NerModel.Load(modelPath, shipped);
                if (model.ClustersMismatch)
                {
                    problems.Add(Diagnostic.Create(
                        EntitiesDiagnostics.ClustersMismatch, null, null, null, EntityModelFiles.NerModel, model.Settings.ClustersSha256, Lexicon.WordClusters.Default.Sha256 ?? "none"));
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException or ArgumentException)
            {
                problems.Add(Diagnostic.Create(EntitiesDiagnostics.ModelUnreadable, null, null, null, EntityModelFiles.NerModel, e.Message));
            }
        }
        return new EntityResources(model, shipped, user, problems);
    }
}
