using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Server;

/// <summary>
/// The API key clients send as <c>Authorization: Bearer &lt;key&gt;</c>. Compared in constant time (over SHA-256
/// digests, so neither the key's length nor its content leaks through timing).
/// </summary>
public sealed class ApiKey
{
    /// <summary>Shortest key accepted: a guessable key is no protection.</summary>
    public const int MinimumLength = 16;

    private readonly byte[] _digest;

    private ApiKey(string key) => _digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Reads the key from a file (surrounding white space and the trailing newline ignored); null and a reason when unusable.</summary>
    public static ApiKey? Load(string path, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        problem = null;
        string key;
        try
        {
            key = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the API key file {path}: {e.Message}";
            return null;
        }
        if (key.Length < MinimumLength || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problem = $"the API key in {path} must be at least {MinimumLength} characters without spaces (e.g. `openssl rand -hex 32 > {path}`)";
            return null;
        }
        return new ApiKey(key);
    }

    /// <summary>Builds a key from a string (tests).</summary>
    public static ApiKey FromString(string key) => new(key);

    /// <summary>True when <paramref name="given"/> is the key; takes the same time whatever is given.</summary>
    public bool Matches(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return CryptographicOperations.FixedTimeEquals(_digest, SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }
}
