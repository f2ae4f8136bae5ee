using KhorasanWatch.Coalition;

namespace KhorasanWatch.Storage;

/// <summary>A store read as one reader: what its reads show depends on whose they are.</summary>
public interface IViewedStore
{
    /// <summary>
    /// Whose reads these are, from now on: every read of events, their totals, their rows and the
    /// register's claims shows only what <paramref name="viewer"/>'s markings allow (docs/coalition.md).
    /// A store opens as its local owner's, which once it has users is nobody's (TLP:CLEAR only).
    /// </summary>
    void ViewAs(Viewer viewer);

    /// <summary>The reader the store is viewed as (<see cref="ViewAs"/>).</summary>
    Viewer Viewer { get; }
}

/// <summary>
/// What a coalition's partners share beside the events: the register, the matrices' versions, the
/// organisations and users, and the audit log. Every backend keeps it (the store contract suite
/// runs on each); <see cref="IWatchStore"/> adds the events.
/// </summary>
public interface ICoalitionStore : IViewedStore, IClaimStore, IMatrixStore, IUserStore, IAuditStore, IDisposable
{
    /// <summary>Where the store lives (a file's path, or a connection string without its password), for messages.</summary>
    string Location { get; }
}
