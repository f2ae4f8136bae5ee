namespace KhorasanWatch.Coalition;

/// <summary>
/// A coalition partner: its id (lower-case letters, digits and hyphens), name and country (ISO3);
/// <see cref="InCommunity"/> when TLP:GREEN reaches it (the community is every organisation unless set outside it).
/// </summary>
public sealed record Organisation(string Id, string Name, string Country, DateTimeOffset CreatedAt)
{
    public bool InCommunity { get; init; } = true;
}

/// <summary>What a user may do: an admin administers (and sees only what the markings allow), an analyst reads and writes, a viewer reads.</summary>
public enum UserRole
{
    Viewer,
    Analyst,
    Admin,
}

/// <summary>The roles' names, as the store and every host spell them.</summary>
public static class UserRoles
{
    public static readonly string[] Names = [.. Enum.GetValues<UserRole>().Select(Name)];

    public static string Name(UserRole role) => role switch
    {
        UserRole.Viewer => "viewer",
        UserRole.Analyst => "analyst",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "a role without a name"),
    };

    /// <summary>The role named <paramref name="name"/> (exactly, as stored), or null.</summary>
    public static UserRole? Of(string name) => Enum.GetValues<UserRole>().Where(r => Name(r) == name).Select(r => (UserRole?)r).FirstOrDefault();
}

/// <summary>A user of one organisation, with a role; <see cref="HasPassword"/> when they can sign in to the dashboard.</summary>
public sealed record User(long Id, string Name, string Organisation, UserRole Role, bool HasPassword, DateTimeOffset CreatedAt);

/// <summary>An API token of a user, as the store keeps it: its hash only, never the token.</summary>
public sealed record ApiToken(long Id, long UserId, string Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A token just made: its text, shown once and never stored, and its record.</summary>
public sealed record IssuedToken(string Token, ApiToken Record);
