using System.Collections;
using System.Reflection;
using CsCheck;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Text;

namespace TextPipeline.Tests.Pipeline.Caching;

/// <summary>
/// Makes a forgotten field a failing test rather than a code-review catch: every field of every type reachable from
/// <see cref="ArticleAnalysis"/> and <see cref="CorpusAnalysis"/> must take at least two values across the generated
/// samples. A field added to a cached record (say, a new keyphrase flag with a default) then fails here until the
/// generator sets it, and once it does, the round-trip tests fail until the serializer writes it.
/// </summary>
public sealed class CacheGeneratorCoverageTests
{
    /// <summary>Types whose fields are not serialized one by one: text (one string), descriptors (stored by id).</summary>
    private static readonly HashSet<Type> s_leaves = [typeof(ArticleText), typeof(DiagnosticDescriptor)];

    /// <summary>Fields deliberately not cached, with the reason in <see cref="ArticleSerializer"/>.</summary>
    private static readonly HashSet<(Type, string)> s_notCached =
    [
        (typeof(Article), nameof(Article.SourceMap)),
        // What the run keeps in its state folder, not in the cache (the memo is used only without a state folder).
        (typeof(CorpusAnalysis), nameof(CorpusAnalysis.StateChanges)),
    ];

    [Fact]
    public void Generators_vary_every_field_of_every_cached_type()
    {
        var seen = new Dictionary<(Type Type, string Property), HashSet<object?>>();
        var visited = new HashSet<Type>();
        var needed = new HashSet<Type>();
        foreach (var corpus in CacheGenerators.Corpus.Array[60].Single()) Walk(corpus, seen, visited, needed);

        Assert.Empty(needed.Except(visited).Select(t => $"{t.Name}: never generated"));
        var constant = seen.Where(kv => kv.Value.Count < 2).Select(kv => $"{kv.Key.Type.Name}.{kv.Key.Property}: always {Show(kv.Value.Single())}");
        Assert.Empty(constant);
        Assert.Contains(typeof(TextPipeline.Tokenization.Token), visited); // the walk reaches deep types
        Assert.Contains((typeof(TextPipeline.Keyphrases.Keyphrase), nameof(TextPipeline.Keyphrases.Keyphrase.IsNounPhrase)), seen.Keys);
    }

    private static void Walk(object? value, Dictionary<(Type, string), HashSet<object?>> seen, HashSet<Type> visited, HashSet<Type> needed)
    {
        if (value is null) return;
        var type = value.GetType();
        if (value is IEnumerable items && value is not string)
        {
            foreach (var item in items) Walk(item, seen, visited, needed);
            return;
        }
        if (!IsOurs(type)) return;
        visited.Add(type);
        foreach (var property in Fields(type))
        {
            var field = property.GetValue(value);
            if (!seen.TryGetValue((type, property.Name), out var values)) seen[(type, property.Name)] = values = [];
            values.Add(field is IEnumerable list && field is not string ? new EquatableArray<object?>([.. list.Cast<object?>()]) : field);
            if (IsOurs(DataType(property.PropertyType)) is true) needed.Add(DataType(property.PropertyType));
            Walk(field, seen, visited, needed);
        }
    }

    /// <summary>Stored state: public properties that can be set (records' positional and init properties) or that a constructor takes.</summary>
    private static IEnumerable<PropertyInfo> Fields(Type type)
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod is not null || parameters.Contains(p.Name)))
            .Where(p => !s_notCached.Contains((type, p.Name)));
    }

    /// <summary>The element type of a list, the underlying type of a nullable, else the type.</summary>
    private static Type DataType(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return underlying;
        if (type.IsGenericType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
        {
            return type.GetGenericArguments()[0];
        }
        return type;
    }

    private static bool IsOurs(Type type) =>
        type.Assembly == typeof(ArticleAnalysis).Assembly && !type.IsEnum && !s_leaves.Contains(type);

    private static string Show(object? value) => value is null ? "null" : value.ToString() ?? "?";
}
