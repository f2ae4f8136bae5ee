using System.Text.RegularExpressions;
using KhorasanWatch.Coalition;
using KhorasanWatch.Hosting;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Coalition;

/// <summary>
/// The coalition's administration: organisations, their users and the users' API tokens. The
/// first user of a store must be an admin (the bootstrap: whoever can write the store names the
/// first admin, who administers from then on); a password is kept only as its PBKDF2 hash and a
/// token only as its SHA-256, the token's text returned once, when it is made. Once a store has
/// users, only an admin adds organisations and users, lists the users and makes, lists or revokes
/// tokens (<see cref="WatchReader.OpenAdministered"/>); any of its users may list the organisations.
/// </summary>
public sealed partial class UsersUseCase(IStoreFactory stores, KhorasanWatchOptions options, TimeProvider clock, WatchReader reader)
{
    /// <summary>Adds an organisation; <paramref name="inCommunity"/> false keeps TLP:GREEN from reaching it.</summary>
    public Organisation AddOrganisation(string id, string name, string country, bool inCommunity = true)
    {
        var key = Slug(id, "organisation");
        var iso3 = RequestValues.Country(country) ?? throw RequestValues.Invalid("{country} is needed: the organisation's country (ISO3)");
        using var store = reader.OpenAdministered(creating: true);
        if (store.Organisations().Any(o => o.Id == key))
        {
            throw RequestValues.Invalid("an organisation '{0}' exists already", key);
        }

        var organisation = new Organisation(key, Text(name, "name"), iso3, clock.GetUtcNow()) { InCommunity = inCommunity };
        store.AddOrganisation(organisation);
        return organisation;
    }

    public IReadOnlyList<Organisation> Organisations()
    {
        using var store = reader.OpenStore();
        return store.Organisations();
    }

    /// <summary>Adds a user; <paramref name="password"/> null for one who signs in with tokens only.</summary>
    public User AddUser(string name, string organisation, string role, string? password)
    {
        var user = Slug(name, "user");
        var parsed = UserRoles.Of(RequestValues.OneOf(role, "role", "viewer", UserRoles.Names))!.Value;
        using var store = reader.OpenAdministered(creating: true);
        if (store.Organisations().All(o => o.Id != organisation))
        {
            throw new ProblemException(ProblemCodes.NotFound, "no organisation '{0}' (add it first; known: {1})", organisation, Known(store.Organisations().Select(o => o.Id)));
        }

        if (store.UserByName(user) is not null)
        {
            throw RequestValues.Invalid("a user '{0}' exists already", user);
        }

        if (!store.HasUsers() && parsed != UserRole.Admin)
        {
            throw RequestValues.Invalid("the first user of a store must be an admin: add '{0}' with {role} admin, or an admin first", user);
        }

        if (password is { Length: < 12 })
        {
            throw RequestValues.Invalid("the password is {0} characters; give at least 12", password.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return store.AddUser(user, organisation, parsed, password is null ? null : Secrets.HashPassword(password, options.PasswordIterations), clock.GetUtcNow());
    }

    /// <summary>Whether the store has users: then every reader must sign in (a store without them is one analyst's, on loopback). A missing store has none.</summary>
    public bool AnyUsers()
    {
        if (!stores.Exists(options.Store))
        {
            return false;
        }

        using var store = stores.OpenExisting(options.Store);
        return store.HasUsers();
    }

    public IReadOnlyList<User> Users()
    {
        using var store = reader.OpenAdministered(creating: false);
        return store.Users();
    }

    /// <summary>The user whose password this is, or null: an unknown name and a wrong password are told apart by nobody.</summary>
    public User? SignIn(string name, string password)
    {
        using var store = stores.OpenExisting(options.Store);
        var found = store.UserByName(name.Trim().ToLowerInvariant());
        // An unknown name (or a user without a password) costs a hash too, so the time of the answer does not tell which names exist.
        var matches = Secrets.CheckPassword(password, found?.PasswordHash ?? Decoy.Value);
        return matches && found is { PasswordHash: not null } f ? f.User : null;
    }

    /// <summary>A hash of nothing anyone knows, at the cost new passwords get, checked in place of a missing one.</summary>
    private static readonly Lazy<string> Decoy = new(() => Secrets.HashPassword(Secrets.NewToken()));

    /// <summary>Makes a token for <paramref name="user"/>: its text is in the answer and nowhere else.</summary>
    public IssuedToken IssueToken(string user, string? label)
    {
        using var store = reader.OpenAdministered(creating: true);
        var holder = store.UserByName(user.Trim().ToLowerInvariant())?.User ?? throw new ProblemException(ProblemCodes.NotFound, "no user '{0}'", user);
        var token = Secrets.NewToken();
        return new IssuedToken(token, store.AddToken(holder.Id, Text(label ?? "api", "label"), Secrets.HashToken(token), clock.GetUtcNow()));
    }

    public IReadOnlyList<ApiToken> Tokens()
    {
        using var store = reader.OpenAdministered(creating: false);
        return store.Tokens();
    }

    /// <summary>The user a token belongs to, while it is not revoked; null otherwise.</summary>
    public User? UserOf(string token)
    {
        using var store = stores.OpenExisting(options.Store);
        return store.UserByToken(Secrets.HashToken(token));
    }

    public void RevokeToken(long id)
    {
        using var store = reader.OpenAdministered(creating: true);
        if (!store.RevokeToken(id, clock.GetUtcNow()))
        {
            throw new ProblemException(ProblemCodes.NotFound, "no token {0} that is not revoked already", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Slug(string text, string what)
    {
        var value = text.Trim().ToLowerInvariant();
        return SlugPattern().IsMatch(value) ? value : throw RequestValues.Invalid("the {0} id '{1}' must be 2 to 40 lower-case letters, digits, dots or hyphens, starting with a letter", what, text);
    }

    private static string Text(string text, string what) =>
        text.Trim() is { Length: > 0 and <= 200 } t ? t : throw RequestValues.Invalid("the {0} must be 1 to 200 characters", what);

    private static string Known(IEnumerable<string> ids) => string.Join(", ", ids.DefaultIfEmpty("none"));

    [GeneratedRegex("^[a-z][a-z0-9.-]{1,39}$")]
    private static partial Regex SlugPattern();
}
