namespace TextPipeline.Tokenization.Evaluation;

/// <summary>Precision, recall and F1 (in percent) from counts.</summary>
internal readonly record struct F1Score(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : 100.0 * Correct / System;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Gold + System == 0 ? 0 : 200.0 * Correct / (Gold + System);
}
