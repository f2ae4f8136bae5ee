namespace KhorasanWatch.Hosting;

/// <summary>
/// Whose request this is, by user name; null when no user is named. The library turns it into the
/// viewer every store read filters by (<see cref="UseCases.WatchReader"/>): a host says who asks, the
/// library decides what they see. The CLI names one user per process; a server, the signed-in one.
/// </summary>
public interface IActingUser
{
    string? Name { get; }
}

/// <summary>The user the options name (<see cref="KhorasanWatchOptions.ActingUser"/>): the CLI's.</summary>
public sealed class ConfiguredActingUser(KhorasanWatchOptions options) : IActingUser
{
    public string? Name => options.ActingUser;
}
