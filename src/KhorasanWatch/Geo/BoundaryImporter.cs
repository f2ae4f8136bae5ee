using System.Text.Json;
using KhorasanWatch.Analysis.Formats;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace KhorasanWatch.Geo;

/// <summary>
/// Reads admin-1 boundaries from a GeoJSON FeatureCollection (geoBoundaries, Natural Earth, GADM
/// shapes) and names each polygon by the gazetteer's canonical province name.
/// </summary>
public static class BoundaryImporter
{
    private static readonly string[] NameProperties = ["shapeName", "ADM1_EN", "NAME_1", "name_en", "name", "admin1", "province"];
    private static readonly string[] CountryProperties = ["shapeGroup", "adm0_a3", "ADM0_A3", "GID_0", "iso3", "country"];

    private static readonly JsonSerializerOptions GeoJsonOptions = new()
    {
        Converters = { new NetTopologySuite.IO.Converters.GeoJsonConverterFactory() },
    };

    public sealed record Result(IReadOnlyList<BoundaryRecord> Boundaries, IReadOnlyList<string> Problems);

    public static Result Read(string path, Gazetteer gazetteer, string? country)
    {
        FeatureCollection features;
        using (var stream = SourceFiles.OpenRead(path))
        {
            try
            {
                features = JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJsonOptions)
                    ?? throw new SourceFormatException(path, null, "not a GeoJSON FeatureCollection");
            }
            catch (JsonException e)
            {
                throw new SourceFormatException(path, e.LineNumber + 1, $"not valid GeoJSON ({JsonErrors.What(e)})");
            }
        }

        var writer = new WKTWriter();
        var boundaries = new List<BoundaryRecord>();
        var problems = new List<string>();
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            var iso3 = country ?? First(feature.Attributes, CountryProperties);
            var name = First(feature.Attributes, NameProperties);
            if (iso3 is null || gazetteer.FindCountry(iso3) is not { } known)
            {
                problems.Add($"{path}: feature {i + 1}: no known country (pass --country ISO3)");
                continue;
            }

            if (gazetteer.FindAdmin1(known.Iso3, name) is not { } admin1)
            {
                problems.Add($"{path}: feature {i + 1}: province '{name}' is not in the gazetteer for {known.Iso3}");
                continue;
            }

            if (feature.Geometry is not { Dimension: NetTopologySuite.Geometries.Dimension.Surface })
            {
                problems.Add($"{path}: feature {i + 1} ({admin1.Name}): geometry is not a polygon");
                continue;
            }

            boundaries.Add(new BoundaryRecord(known.Iso3, admin1.Name, Path.GetFileName(path), writer.Write(feature.Geometry)));
        }

        return new Result(boundaries, problems);
    }

    private static string? First(IAttributesTable? attributes, string[] names)
    {
        if (attributes is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (attributes.Exists(name) && attributes[name] is { } value && value.ToString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }
}
