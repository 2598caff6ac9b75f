using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Tagging;

/// <summary>
/// Stable ids for keyphrase tags, which have no id of their own: <c>kp:</c> + 12 hex digits (entities carry the id the
/// entity stage gives them, see <see cref="Entities.EntityIds"/>). The digits are the start of the SHA-256 of the
/// tag's match key (<see cref="Vocabulary.Key"/>: lower-cased Porter-stemmed words), so every spelling, letter case and
/// inflection of one name ("Sanctions", "sanction") gets the same id in every run, whatever else is in the corpus.
/// </summary>
public static class TagIds
{
    public static string Keyphrase(string name) => "kp:" + Hash(Vocabulary.Key(name));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
