namespace TextPipeline.Ingestion.PlainText;

/// <summary>A line of the source: [Start, End) without its line break; <see cref="Next"/> is where the next line starts.</summary>
internal readonly record struct TextLine(int Start, int End, int Next)
{
    public int Length => End - Start;

    public static List<TextLine> Split(string source)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is '\n' or '\r')
            {
                var next = c == '\r' && i + 1 < source.Length && source[i + 1] == '\n' ? i + 2 : i + 1;
                lines.Add(new TextLine(start, i, next));
                start = next;
                i = next - 1;
            }
        }
        if (start < source.Length) lines.Add(new TextLine(start, source.Length, source.Length));
        return lines;
    }
}
