namespace TextPipeline.Lexicon.Training;

/// <summary>
/// Exchange clustering (Kneser &amp; Ney 1993; Martin, Liermann &amp; Ney 1998) of words into C classes under the
/// class bigram model: each word in turn moves to the class that most increases
/// Σ F(n(c,d)) − Σ F(n(c,·)) − Σ F(n(·,d)) with F(x) = x ln x — the corpus log-likelihood up to a constant, equivalently
/// the average mutual information of adjacent classes that Brown clustering maximises.
/// </summary>
/// <remarks>
/// Deterministic: words are visited most frequent first, a word stays unless another class is strictly better, and
/// ties go to the lowest class number. Classes start as rank mod C.
/// </remarks>
internal sealed class ExchangeClustering
{
    private readonly ClusterCorpus _corpus;
    private readonly int _c;
    private readonly XLogXTable _f;
    private readonly int[] _classOf;
    private readonly int[] _m;      // _m[c * C + d] = bigrams (class c, class d)
    private readonly int[] _mT;     // transpose: _mT[d * C + c] = _m[c * C + d]
    private readonly long[] _left;  // bigrams whose first word is in class c
    private readonly long[] _right; // bigrams whose second word is in class c
    private readonly long[] _wordLeft;
    private readonly long[] _wordRight;

    public ExchangeClustering(ClusterCorpus corpus, int classes, XLogXTable table)
    {
        _corpus = corpus;
        _c = classes;
        _f = table;
        var v = corpus.VocabularySize;
        _classOf = new int[v];
        for (var w = 0; w < v; w++) _classOf[w] = w % classes;
        _m = new int[classes * classes];
        _mT = new int[classes * classes];
        _left = new long[classes];
        _right = new long[classes];
        _wordLeft = new long[v];
        _wordRight = new long[v];
        for (var w = 0; w < v; w++)
        {
            var next = corpus.Right.Neighbours(w);
            var counts = corpus.Right.CountsOf(w);
            for (var i = 0; i < next.Length; i++)
            {
                var cell = (_classOf[w] * classes) + _classOf[next[i]];
                _m[cell] += counts[i];
                _mT[(_classOf[next[i]] * classes) + _classOf[w]] += counts[i];
                _wordLeft[w] += counts[i];
                _wordRight[next[i]] += counts[i];
            }
        }
        for (var w = 0; w < v; w++)
        {
            _left[_classOf[w]] += _wordLeft[w];
            _right[_classOf[w]] += _wordRight[w];
        }
    }

    public ReadOnlySpan<int> ClassOf => _classOf;

    /// <summary>Class bigram counts, row-major C×C.</summary>
    public ReadOnlySpan<int> ClassBigrams => _m;

    /// <summary>The objective Σ F(n(c,d)) − Σ F(n(c,·)) − Σ F(n(·,d)).</summary>
    public double Objective()
    {
        double total = 0;
        foreach (var n in _m) total += _f[n];
        for (var c = 0; c < _c; c++) total -= _f[_left[c]] + _f[_right[c]];
        return total;
    }

    /// <summary>One pass over the vocabulary; returns how many words changed class.</summary>
    public int Iterate()
    {
        var rightByClass = new int[_c];
        var leftByClass = new int[_c];
        var rightClasses = new List<int>();
        var leftClasses = new List<int>();
        var gain = new double[_c];
        var moves = 0;
        for (var w = 0; w < _corpus.VocabularySize; w++)
        {
            var self = CollectNeighbourClasses(w, _corpus.Right, rightByClass, rightClasses);
            CollectNeighbourClasses(w, _corpus.Left, leftByClass, leftClasses);
            var from = _classOf[w];
            Move(w, from, rightByClass, rightClasses, leftByClass, leftClasses, self, -1);
            Gains(w, rightByClass, rightClasses, leftByClass, leftClasses, self, gain);
            var best = from;
            for (var k = 0; k < _c; k++)
            {
                if (gain[k] > gain[best] + 1e-9) best = k;
            }
            Move(w, best, rightByClass, rightClasses, leftByClass, leftClasses, self, +1);
            if (best != from) moves++;
            foreach (var c in rightClasses) rightByClass[c] = 0;
            foreach (var c in leftClasses) leftByClass[c] = 0;
        }
        return moves;
    }

    /// <summary>Counts the word's neighbours per class (the word itself excluded); returns the self-bigram count.</summary>
    private int CollectNeighbourClasses(int w, WordBigrams bigrams, int[] byClass, List<int> classes)
    {
        classes.Clear();
        var neighbours = bigrams.Neighbours(w);
        var counts = bigrams.CountsOf(w);
        var self = 0;
        for (var i = 0; i < neighbours.Length; i++)
        {
            if (neighbours[i] == w)
            {
                self = counts[i];
                continue;
            }
            var c = _classOf[neighbours[i]];
            if (byClass[c] == 0) classes.Add(c);
            byClass[c] += counts[i];
        }
        return self;
    }

    /// <summary>Adds (sign +1) or removes (sign −1) word <paramref name="w"/>'s bigrams to or from class <paramref name="k"/>.</summary>
    private void Move(int w, int k, int[] rightByClass, List<int> rightClasses, int[] leftByClass, List<int> leftClasses, int self, int sign)
    {
        var diagonal = self;
        foreach (var c in rightClasses)
        {
            var n = sign * rightByClass[c];
            if (c == k) { diagonal += rightByClass[c]; continue; }
            _m[(k * _c) + c] += n;
            _mT[(c * _c) + k] += n;
        }
        foreach (var c in leftClasses)
        {
            var n = sign * leftByClass[c];
            if (c == k) { diagonal += leftByClass[c]; continue; }
            _m[(c * _c) + k] += n;
            _mT[(k * _c) + c] += n;
        }
        _m[(k * _c) + k] += sign * diagonal;
        _mT[(k * _c) + k] += sign * diagonal;
        _left[k] += sign * _wordLeft[w];
        _right[k] += sign * _wordRight[w];
        _classOf[w] = sign > 0 ? k : -1;
    }

    /// <summary>The objective's change if the (removed) word joined each class.</summary>
    private void Gains(int w, int[] rightByClass, List<int> rightClasses, int[] leftByClass, List<int> leftClasses, int self, double[] gain)
    {
        var f = _f.Values;
        Array.Clear(gain);
        foreach (var c in rightClasses)
        {
            // Row k, column c of the class matrix gains rightByClass[c]: column c is row c of the transpose.
            var add = rightByClass[c];
            var column = _mT.AsSpan(c * _c, _c);
            for (var k = 0; k < column.Length; k++) gain[k] += f[column[k] + add] - f[column[k]];
        }
        foreach (var c in leftClasses)
        {
            var add = leftByClass[c];
            var row = _m.AsSpan(c * _c, _c);
            for (var k = 0; k < row.Length; k++) gain[k] += f[row[k] + add] - f[row[k]];
        }
        var wordLeft = _wordLeft[w];
        var wordRight = _wordRight[w];
        for (var k = 0; k < _c; k++)
        {
            // The k = c terms above treated the diagonal cell twice; replace them by the one diagonal change.
            var diagonal = _m[(k * _c) + k];
            var r = rightByClass[k];
            var l = leftByClass[k];
            if (r > 0) gain[k] -= f[diagonal + r] - f[diagonal];
            if (l > 0) gain[k] -= f[diagonal + l] - f[diagonal];
            gain[k] += f[diagonal + r + l + self] - f[diagonal];
            gain[k] -= f[(int)(_left[k] + wordLeft)] - f[(int)_left[k]];
            gain[k] -= f[(int)(_right[k] + wordRight)] - f[(int)_right[k]];
        }
    }
}
