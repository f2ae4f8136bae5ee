namespace KhorasanWatch.Storage;

/// <summary>Everything a store keeps, as one interface: what the hosts and use cases open through <see cref="IStoreFactory"/>.</summary>
public interface IWatchStore : IEventStore, ICoalitionStore, IBoundaryStore, ISnapshotStore, IProvenanceStore
{
}
