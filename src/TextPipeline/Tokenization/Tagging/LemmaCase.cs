using TextPipeline.Text;

namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Gives a lower-cased lemma the capitals UD English gives it: proper nouns keep their written form ("Google", "US",
/// "Israelis" → "Israeli"), the pronoun is "I" even when typed "i", and a capitalised adjective inside a sentence is a
/// proper adjective ("Palestinian"). Measured on EWT dev with gold tokens: case-sensitive lemma accuracy 88.7% → 96.6%.
/// </summary>
internal static class LemmaCase
{
    public static string Restore(string lemma, ReadOnlySpan<char> form, UPos pos, bool sentenceInitial)
    {
        if (form.IsEmpty || lemma.Length == 0) return lemma;
        switch (pos)
        {
            case UPos.PRON when lemma == "i":
                return "I";
            case UPos.PROPN when char.IsUpper(form[0]):
                return form.Equals(lemma, StringComparison.OrdinalIgnoreCase) ? NormCache.Intern(form) : Capitalised(lemma);
            case UPos.ADJ when !sentenceInitial && char.IsUpper(form[0]) && !Casing.IsAllUpper(form):
                return Capitalised(lemma);
            default:
                return lemma;
        }
    }

    private static string Capitalised(string lemma)
    {
        if (char.IsUpper(lemma[0])) return lemma;
        Span<char> buffer = lemma.Length <= 64 ? stackalloc char[lemma.Length] : new char[lemma.Length];
        lemma.AsSpan().CopyTo(buffer);
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return NormCache.Intern(buffer);
    }
}
