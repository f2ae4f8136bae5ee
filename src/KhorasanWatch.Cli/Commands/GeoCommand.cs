using System.CommandLine;
using KhorasanWatch.UseCases.Geo;

namespace KhorasanWatch.Cli.Commands;

/// <summary><c>kwatch geo import FILE.geojson [--country ISO3]</c>: load admin-1 boundaries for deriving provinces.</summary>
internal static class GeoCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var file = new Argument<string>("GEOJSON") { Description = "A GeoJSON FeatureCollection of admin-1 polygons" };
        var country = new Option<string?>("--country") { Description = "The country of every feature, when the file does not say (ISO3)" };
        var import = new Command("import", "Import admin-1 boundaries; later ingests place events without a province by point-in-polygon") { file, country };
        import.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = CliServices.Get<GeoUseCase>(parse, db, console).Import(path, parse.GetValue(country));
            foreach (var problem in result.Problems)
            {
                console.Error.WriteLine($"kwatch: {CliWords.Message(problem)}");
            }

            if (result.Saved.Count == 0)
            {
                console.Error.WriteLine($"kwatch: {path}: no boundary could be imported");
                return ExitCodes.BadInput;
            }

            var countries = result.Saved.GroupBy(b => b.Country).Select(g => $"{g.Count()} in {g.Key}");
            console.Out.WriteLine($"{path}: imported {result.Saved.Count} provinces ({string.Join(", ", countries)}); skipped {result.Problems.Count}");
            return result.Problems.Count > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
        });
        return new Command("geo", "Boundaries for placing events") { import };
    }
}
