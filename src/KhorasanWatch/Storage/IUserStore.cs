using KhorasanWatch.Coalition;

namespace KhorasanWatch.Storage;

/// <summary>The coalition's organisations, their users and the users' API tokens (hashes only).</summary>
public interface IUserStore
{
    void AddOrganisation(Organisation organisation);

    IReadOnlyList<Organisation> Organisations();

    /// <summary>Adds a user; <paramref name="passwordHash"/> is <see cref="Secrets.HashPassword"/>'s, or null for a user who uses tokens only.</summary>
    User AddUser(string name, string organisation, UserRole role, string? passwordHash, DateTimeOffset at);

    IReadOnlyList<User> Users();

    /// <summary>Whether the store has any user, without reading them.</summary>
    bool HasUsers();

    /// <summary>The user and their stored password hash, or null for an unknown name.</summary>
    (User User, string? PasswordHash)? UserByName(string name);

    ApiToken AddToken(long userId, string label, string tokenHash, DateTimeOffset at);

    IReadOnlyList<ApiToken> Tokens();

    /// <summary>The user a token that is not revoked belongs to, by the token's hash; null otherwise.</summary>
    User? UserByToken(string tokenHash);

    /// <summary>Revokes a token; false when there is no such token or it was revoked already.</summary>
    bool RevokeToken(long id, DateTimeOffset at);
}
