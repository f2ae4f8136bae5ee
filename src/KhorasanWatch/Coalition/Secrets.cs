using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KhorasanWatch.Coalition;

/// <summary>
/// Passwords and API tokens at rest. A password is stored as PBKDF2 with HMAC-SHA-256 (RFC 8018)
/// over a 16-byte random salt, 600,000 iterations by default (OWASP's Password Storage Cheat Sheet
/// for PBKDF2-HMAC-SHA256), written <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> so a later cost still
/// checks older hashes. A token is 32 random bytes, shown once as <c>kwt_</c> and base64url; the
/// store keeps its SHA-256, which is enough for a secret with 256 bits of entropy. Comparisons take
/// fixed time.
/// </summary>
public static class Secrets
{
    public const int DefaultIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const string TokenPrefix = "kwt_";

    public static string HashPassword(string password, int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="stored"/> was made from; false for anything unreadable.</summary>
    public static bool CheckPassword(string password, string? stored)
    {
        var parts = stored?.Split('$') ?? [];
        // A damaged or planted row checks nothing: 32 bytes of hash (an empty one would match any
        // password), a salt of 16 or more, and a cost a sign-in can pay (1 to 10 million iterations).
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < 1 or > 10_000_000)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            if (salt.Length < 16 || expected.Length != 32)
            {
                return false;
            }

            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    /// <summary>A new token's text: <c>kwt_</c> and 43 base64url characters.</summary>
    public static string NewToken() => TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The hash a token is found by: SHA-256, hex.</summary>
    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
