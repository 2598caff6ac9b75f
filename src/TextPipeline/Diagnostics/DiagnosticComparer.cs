namespace TextPipeline.Diagnostics;

/// <summary>Deterministic order: path, line, column, id, message.</summary>
internal sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    public static DiagnosticComparer Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.Path, y.Path);
        if (c != 0) return c;
        c = x.Line.CompareTo(y.Line);
        if (c != 0) return c;
        c = x.Column.CompareTo(y.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.ArticleId, y.ArticleId);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
