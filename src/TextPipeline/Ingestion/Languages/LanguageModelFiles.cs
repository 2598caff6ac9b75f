using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Ingestion.Languages;

/// <summary>
/// Lingua's language models for the languages <see cref="LanguageIdentifier"/> tells apart travel inside this
/// assembly (2.4 MB), like our own models, so the tool and every library consumer have them. Lingua reads models from
/// a folder, so the first use writes them once to a folder named by their content hash under the temporary folder
/// (written to a sibling and renamed into place, so concurrent processes never see a half-written folder).
/// </summary>
internal static class LanguageModelFiles
{
    private const string Prefix = "lingua/";

    // A pure function of this assembly's resources, computed once per process.
    private static readonly Lazy<string> s_directory = new(Extract, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder Lingua should load from (written on first use).</summary>
    public static string Directory() => s_directory.Value;

    private static string Extract()
    {
        var assembly = typeof(LanguageModelFiles).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var target = Path.Combine(Path.GetTempPath(), "textpipeline-lingua-" + Fingerprint(assembly, names));
        if (System.IO.Directory.Exists(target)) return target;
        var staging = target + "." + Guid.NewGuid().ToString("N");
        foreach (var name in names)
        {
            var path = Path.Combine(staging, name[Prefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(path);
            source.CopyTo(file);
        }
        try
        {
            System.IO.Directory.Move(staging, target);
        }
        catch (IOException) when (System.IO.Directory.Exists(target))
        {
            System.IO.Directory.Delete(staging, recursive: true); // another process got there first
        }
        return target;
    }

    private static string Fingerprint(Assembly assembly, string[] names)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            using var stream = assembly.GetManifestResourceStream(name)!;
            var buffer = new byte[stream.Length];
            stream.ReadExactly(buffer);
            hash.AppendData(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
