using System.Collections.Immutable;
using System.Text;
using TextPipeline.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>Reads what <see cref="CacheWriter"/> wrote. Throws <see cref="InvalidDataException"/> on nonsense.</summary>
internal sealed class CacheReader : IDisposable
{
    private readonly BinaryReader _reader;
    private readonly List<string> _strings = [];

    public CacheReader(Stream stream) => _reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);

    public int Int()
    {
        var value = _reader.Read7BitEncodedInt();
        return value >= 0 ? value : throw new InvalidDataException("Negative count in cache entry.");
    }

    public byte Byte() => _reader.ReadByte();

    public bool Bool() => _reader.ReadBoolean();

    public double Double() => _reader.ReadDouble();

    public string String()
    {
        var index = Int();
        if (index == 0)
        {
            var value = _reader.ReadString();
            _strings.Add(value);
            return value;
        }
        return index <= _strings.Count ? _strings[index - 1] : throw new InvalidDataException("Bad string reference in cache entry.");
    }

    public string? NullableString() => Bool() ? String() : null;

    public TextSpan Span() => new(Int(), Int());

    public EquatableArray<TextSpan> Spans() => List(Span);

    public EquatableArray<T> List<T>(Func<T> read)
    {
        var count = Int();
        var builder = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) builder.Add(read());
        return builder.MoveToImmutable();
    }

    public void Dispose() => _reader.Dispose();
}
