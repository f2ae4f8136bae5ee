using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Geo;
using KhorasanWatch.Hosting;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Geo;

/// <summary>
/// Admin-1 boundaries for placing events: read from a GeoJSON file (the features that cannot be
/// read are reported, the others kept) and saved into the configured store, for later ingests to
/// give an event without a province the one its coordinates fall in. A file none of whose features
/// reads is refused and the store left as it was.
/// </summary>
public sealed class GeoUseCase(IStoreFactory stores, KhorasanWatchOptions options)
{
    public BoundaryImport Import(string path, string? country = null)
    {
        var result = BoundaryImporter.Read(path, Gazetteer.Default, RequestValues.Country(country));
        if (result.Boundaries.Count == 0)
        {
            return new BoundaryImport(path, [], result.Problems);
        }

        using var store = stores.Open(options.Store, options.Upgrading);
        store.SaveBoundaries(result.Boundaries);
        return new BoundaryImport(path, result.Boundaries, result.Problems);
    }
}

/// <summary>What an import saved (none when the file was refused) and the features it could not read.</summary>
public sealed record BoundaryImport(string Path, IReadOnlyList<BoundaryRecord> Saved, IReadOnlyList<ImportProblem> Problems);
