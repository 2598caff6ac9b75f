using System.Text;
using TextPipeline.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Compact binary writer of the cache format: 7-bit encoded integers, and strings written once per entry then
/// referred to by number (lemmas and norms repeat a lot).
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    public CacheWriter(Stream stream) => _writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

    public void Int(int value) => _writer.Write7BitEncodedInt(value);

    public void Byte(byte value) => _writer.Write(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Double(double value) => _writer.Write(value);

    /// <summary>0 = a new string follows; n &gt; 0 = the n-th string already written.</summary>
    public void String(string value)
    {
        if (_strings.TryGetValue(value, out var index))
        {
            _writer.Write7BitEncodedInt(index + 1);
            return;
        }
        _writer.Write7BitEncodedInt(0);
        _writer.Write(value);
        _strings[value] = _strings.Count;
    }

    public void NullableString(string? value)
    {
        Bool(value is not null);
        if (value is not null) String(value);
    }

    public void Span(TextSpan span)
    {
        Int(span.Start);
        Int(span.Length);
    }

    public void Spans(EquatableArray<TextSpan> spans)
    {
        Int(spans.Count);
        foreach (var s in spans) Span(s);
    }

    public void List<T>(EquatableArray<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items) write(item);
    }

    public void Dispose() => _writer.Dispose();
}
