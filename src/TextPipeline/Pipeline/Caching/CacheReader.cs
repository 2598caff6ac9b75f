using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using TextPipeline.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote. An entry's checksum only proves it is the file that was written, not
/// that a well-behaved writer wrote it, so every count and length is checked against the bytes left before anything
/// is allocated: nonsense throws <see cref="InvalidDataException"/> (a cache miss), never an exception of another kind
/// or an out-of-memory. Hot primitives are compiled optimized at once, as in <see cref="CacheWriter"/>.
/// </summary>
internal sealed class CacheReader
{
    private readonly List<string> _strings = [];
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _length;
    private int _position;

    public CacheReader(byte[] payload)
        : this(new ArraySegment<byte>(payload))
    {
    }

    public CacheReader(ArraySegment<byte> payload)
    {
        _bytes = payload.Array ?? [];
        _start = payload.Offset;
        _length = payload.Count;
    }

    public int Remaining => _length - _position;

    /// <summary>A non-negative count, length or position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Count()
    {
        var value = VarUInt();
        return value <= int.MaxValue ? (int)value : throw Corrupt("count out of range");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Int()
    {
        var value = VarUInt();
        return (int)(value >> 1) ^ -(int)(value & 1);
    }

    /// <summary>An integer in 0..255 (a byte-sized enum written with <see cref="CacheWriter.Int"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte Byte()
    {
        var value = Int();
        return value is >= 0 and <= byte.MaxValue ? (byte)value : throw Corrupt("byte out of range");
    }

    public bool Bool() => VarUInt() switch
    {
        0 => false,
        1 => true,
        _ => throw Corrupt("bad boolean"),
    };

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string String()
    {
        var index = Count();
        if (index == 0)
        {
            var value = NewString();
            _strings.Add(value);
            return value;
        }
        return index <= _strings.Count ? _strings[index - 1] : throw Corrupt("bad string reference");
    }

    public string? NullableString() => Bool() ? String() : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TextSpan Span()
    {
        var start = Count();
        var length = Count();
        return length <= int.MaxValue - start ? new TextSpan(start, length) : throw Corrupt("span out of range");
    }

    /// <summary>A span that must lie within a text of <paramref name="textLength"/> characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TextSpan SpanWithin(int textLength)
    {
        var span = Span();
        return span.End <= textLength ? span : throw Corrupt("span outside the text");
    }

    public EquatableArray<TextSpan> SpansWithin(int textLength) => List(() => SpanWithin(textLength));

    /// <summary>Every item takes at least one byte, so a count above the bytes left is nonsense.</summary>
    public EquatableArray<T> List<T>(Func<T> read) => Array(read);

    public ImmutableArray<T> Array<T>(Func<T> read)
    {
        var count = Count();
        if (count > Remaining) throw Corrupt("count larger than the entry");
        var builder = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) builder.Add(read());
        return builder.MoveToImmutable();
    }

    /// <summary>An enum value read from the entry, which must be one of <typeparamref name="T"/>'s names (output code switches on them).</summary>
    public static T Defined<T>(T value)
        where T : struct, Enum => System.Enum.IsDefined(value) ? value : throw Corrupt($"undefined {typeof(T).Name}");

    public static InvalidDataException Corrupt(string what) => new($"Cache entry is corrupt: {what}.");

    private string NewString()
    {
        var header = Count();
        var length = header >> 1;
        if ((header & 1) == 0) return Encoding.UTF8.GetString(Take(length));
        if (length > Remaining / 2) throw Corrupt("string longer than the entry");
        var bytes = Take(length * 2);
        return string.Create(length, bytes.ToArray(), static (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(i * 2));
        });
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > Remaining) throw Corrupt("field runs past the end");
        var span = _bytes.AsSpan(_start + _position, length);
        _position += length;
        return span;
    }

    /// <summary>At most five 7-bit groups, the last holding the top 4 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private uint VarUInt()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _length) throw Corrupt("field runs past the end");
            var b = _bytes[_start + _position++];
            if (shift == 28 && b > 0x0F) throw Corrupt("integer too long");
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw Corrupt("integer too long");
    }
}
