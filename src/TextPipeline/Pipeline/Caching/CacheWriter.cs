using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using TextPipeline.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Compact binary writer of the cache format: 7-bit encoded counts, zig-zag encoded integers, little-endian doubles,
/// and strings written once per entry then referred to by number (lemmas and norms repeat a lot). Strings are UTF-8
/// when well-formed and raw UTF-16 otherwise, so lone surrogates survive exactly. The per-token primitives are
/// compiled optimized at once (<see cref="MethodImplOptions.AggressiveOptimization"/>): a warm run is over before
/// tiered compilation would optimize them, and their unoptimized code cost a warm run about 12% more CPU.
/// </summary>
internal sealed class CacheWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly byte[] _scratch = new byte[1024];

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <summary>A non-negative count, length or position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        VarUInt((uint)value);
    }

    /// <summary>Any integer (zig-zag, so small negative values stay short).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Int(int value) => VarUInt((uint)((value << 1) ^ (value >> 31)));

    public void Bool(bool value) => VarUInt(value ? 1u : 0u);

    public void Double(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    /// <summary>0 then a new string, or n &gt; 0 for the n-th string already written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void String(string value)
    {
        if (_strings.TryGetValue(value, out var index))
        {
            Count(index + 1);
            return;
        }
        Count(0);
        _strings.Add(value, _strings.Count);
        NewString(value);
    }

    public void NullableString(string? value)
    {
        Bool(value is not null);
        if (value is not null) String(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Span(TextSpan span)
    {
        Count(span.Start);
        Count(span.Length);
    }

    public void Spans(EquatableArray<TextSpan> spans) => List(spans, Span);

    public void List<T>(EquatableArray<T> items, Action<T> write)
    {
        Count(items.Count);
        foreach (var item in items) write(item);
    }

    /// <summary>Header <c>2n</c> then n UTF-8 bytes, or <c>2n+1</c> then n UTF-16 code units (little-endian).</summary>
    private void NewString(string value)
    {
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var buffer = max <= _scratch.Length ? _scratch : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            if (Utf8.FromUtf16(value, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                Count(checked(written * 2));
                _buffer.Write(buffer.AsSpan(0, written));
                return;
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
        Count(checked(value.Length * 2 + 1));
        var target = _buffer.GetSpan(value.Length * 2);
        for (var i = 0; i < value.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(target[(i * 2)..], value[i]);
        _buffer.Advance(value.Length * 2);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void VarUInt(uint value)
    {
        var span = _buffer.GetSpan(5);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        _buffer.Advance(n);
    }
}
