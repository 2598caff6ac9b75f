using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Tagging;

/// <summary>
/// Stable ids for tags that have no id of their own: <c>kp:</c> + 12 hex digits for a keyphrase, <c>ent:</c> + type +
/// <c>:</c> + 12 hex digits for an entity without a knowledge-base id. The digits are the start of the SHA-256 of the
/// tag's match key (<see cref="Vocabulary.Key"/>: lower-cased Porter-stemmed words), so every spelling, letter case and
/// inflection of one name ("Sanctions", "sanction") gets the same id in every run, whatever else is in the corpus.
/// </summary>
public static class TagIds
{
    public static string Keyphrase(string name) => "kp:" + Hash(Vocabulary.Key(name));

    public static string Entity(string type, string name) => "ent:" + type.ToLowerInvariant() + ":" + Hash(Vocabulary.Key(name));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
