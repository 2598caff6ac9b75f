using System.Numerics;

namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Read-only open-addressing map from feature hash to weight row (linear probing, keys and rows side by side), so a
/// lookup costs about one cache miss instead of Dictionary's two or three. Hash 0 marks an empty slot.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (key, row) in rows)
        {
            var k = key == 0 ? 1UL : key;
            var i = (int)(k >> 20) & _mask;
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i] = new Slot { Key = k, Row = row };
        }
    }

    public bool TryGetRow(ulong key, out int row)
    {
        var k = key == 0 ? 1UL : key;
        var i = (int)(k >> 20) & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Key == k)
            {
                row = slot.Row;
                return true;
            }
            if (slot.Key == 0)
            {
                row = -1;
                return false;
            }
            i = (i + 1) & _mask;
        }
    }
}
