using TextPipeline.Pipeline;

namespace TextPipeline.Models;

/// <summary>The bytes of one model file and its identity (name, version = first 12 hex digits of its SHA-256).</summary>
public sealed class ModelFile
{
    private readonly byte[] _bytes;

    internal ModelFile(string name, byte[] bytes, ModelInfo info)
    {
        Name = name;
        _bytes = bytes;
        Info = info;
    }

    /// <summary>The file name (e.g. <c>ner-en.bin.gz</c>).</summary>
    public string Name { get; }

    /// <summary>Name, version, SHA-256 and (for a folder store) path, as listed in run.json.</summary>
    public ModelInfo Info { get; }

    /// <summary>The SHA-256 of the file, lower-case hex.</summary>
    public string Sha256 => Info.Sha256;

    /// <summary>A new read-only stream over the file's bytes.</summary>
    public Stream OpenRead() => new MemoryStream(_bytes, writable: false);
}
