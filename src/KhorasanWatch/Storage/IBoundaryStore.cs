namespace KhorasanWatch.Storage;

/// <summary>Imported admin-1 boundaries, kept in the store so that every later ingest can place events.</summary>
public interface IBoundaryStore
{
    void SaveBoundaries(IReadOnlyList<BoundaryRecord> boundaries);

    IReadOnlyList<BoundaryRecord> LoadBoundaries();
}

/// <summary>One province's outline as WKT geometry text, with the file it came from.</summary>
public sealed record BoundaryRecord(string Country, string Admin1, string Origin, string Wkt);
