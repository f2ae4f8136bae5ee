namespace KhorasanWatch.Storage;

/// <summary>Everything a store keeps, as one interface: what the hosts and use cases open through <see cref="IStoreFactory"/>.</summary>
public interface IWatchStore : IEventStore, IBoundaryStore, IClaimStore, IMatrixStore, ISnapshotStore, IProvenanceStore, IUserStore, IAuditStore
{
    /// <summary>Where the store lives (a file's path), for messages.</summary>
    string Location { get; }
}
