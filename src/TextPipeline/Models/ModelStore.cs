using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using TextPipeline.Diagnostics;

namespace TextPipeline.Models;

/// <summary>
/// Where a pipeline's model files come from: the models embedded in the library (<see cref="Shipped"/>, the
/// default) or a folder given by the user (<see cref="FromDirectory"/>, <c>--models</c>). Nothing is looked up in the
/// working directory or the environment, so the tool and the library behave the same from any folder.
/// </summary>
/// <remarks>
/// Models are embedded resources rather than files beside the assembly: a NuGet consumer, a global tool and a
/// single-file publish all get them without build targets or path probing, and reading a resource costs the same as
/// reading a file (they are memory-mapped with the assembly; the largest, the tagger, is 5 MB of gzip).
/// Each model is read and parsed at most once per store (thread-safe); a store is meant to live as long as the
/// pipeline prepared from it.
/// </remarks>
public sealed class ModelStore
{
    /// <summary>Prefix of the manifest resource names of the embedded models (<c>models/&lt;file&gt;</c>).</summary>
    internal const string ResourcePrefix = "models/";

    private readonly Assembly? _assembly;
    private readonly string? _directory;
    private readonly ConcurrentDictionary<string, Lazy<ModelFile?>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string File, Type Type), Lazy<object>> _loaded = new();

    private ModelStore(Assembly? assembly, string? directory)
    {
        _assembly = assembly;
        _directory = directory;
    }

    /// <summary>The models embedded in this library (a new store: its loaded models live as long as it does).</summary>
    public static ModelStore Shipped() => new(typeof(ModelStore).Assembly, null);

    /// <summary>Model files in <paramref name="directory"/> (same file names as the shipped ones).</summary>
    public static ModelStore FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return new ModelStore(null, Path.GetFullPath(directory));
    }

    /// <summary>The folder given to <see cref="FromDirectory"/>, or null for the embedded models.</summary>
    public string? Directory => _directory;

    /// <summary>Where the models come from, for messages: a folder, or "the models embedded in TextPipeline.Core x.y.z".</summary>
    public string Location => _directory ?? $"the models embedded in {typeof(ModelStore).Assembly.GetName().Name} {typeof(ModelStore).Assembly.GetName().Version}";

    /// <summary>The names of the embedded model files (for listings and tests).</summary>
    public static IReadOnlyList<string> ShippedFileNames { get; } = [.. typeof(ModelStore).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)];

    /// <summary>True when the store has the file.</summary>
    public bool Contains(string fileName) => File(fileName) is not null;

    /// <summary>The file's bytes and SHA-256, or null when the store does not have it.</summary>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public ModelFile? File(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return _files.GetOrAdd(fileName, name => new Lazy<ModelFile?>(() => ReadFile(name))).Value;
    }

    /// <summary>A model file as listed in run.json and cache keys, or null when absent or unreadable.</summary>
    public Pipeline.ModelInfo? Describe(string fileName)
    {
        try
        {
            return File(fileName) is { } file ? file.Info : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses a model file once per store and returns the same object on every later call (thread-safe). A missing
    /// file or one <paramref name="parse"/> rejects is a <see cref="ModelLoadException"/> carrying a diagnostic
    /// built from <paramref name="missing"/> (argument: the file name and the store's location) or
    /// <paramref name="unreadable"/> (arguments: the file name and the reason).
    /// </summary>
    public T Load<T>(string fileName, Func<ModelFile, T> parse, DiagnosticDescriptor missing, DiagnosticDescriptor unreadable)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(unreadable);
        var lazy = _loaded.GetOrAdd((fileName, typeof(T)), _ => new Lazy<object>(() => Parse(fileName, parse, missing, unreadable)));
        return (T)lazy.Value;
    }

    private T Parse<T>(string fileName, Func<ModelFile, T> parse, DiagnosticDescriptor missing, DiagnosticDescriptor unreadable)
    {
        ModelFile? file;
        try
        {
            file = File(fileName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException(Diagnostic.Create(unreadable, null, null, null, fileName, e.Message));
        }
        if (file is null) throw new ModelLoadException(Diagnostic.Create(missing, null, null, null, fileName, Location));
        try
        {
            // Files given by the user can be cut short in transit; the embedded ones are part of the assembly.
            if (_directory is not null && fileName.EndsWith(".gz", StringComparison.Ordinal)) GzipTrailer.Verify(file);
            return parse(file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException
            or OverflowException or ArgumentException or InvalidOperationException or IndexOutOfRangeException
            or UnauthorizedAccessException or OutOfMemoryException)
        {
            throw new ModelLoadException(Diagnostic.Create(unreadable, null, null, null, fileName, e.Message));
        }
    }

    private ModelFile? ReadFile(string fileName)
    {
        byte[] bytes;
        string origin;
        if (_assembly is not null)
        {
            using var stream = _assembly.GetManifestResourceStream(ResourcePrefix + fileName);
            if (stream is null) return null;
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            origin = ResourcePrefix + fileName;
        }
        else
        {
            var path = Path.Combine(_directory!, fileName);
            if (!System.IO.File.Exists(path)) return null;
            bytes = System.IO.File.ReadAllBytes(path);
            origin = path;
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        var info = new Pipeline.ModelInfo(dot > 0 ? fileName[..dot] : fileName, sha[..12], sha, _directory is null ? null : origin);
        return new ModelFile(fileName, bytes, info);
    }
}
