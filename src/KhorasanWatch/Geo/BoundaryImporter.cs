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

    public sealed record Result(IReadOnlyList<BoundaryRecord> Boundaries, IReadOnlyList<ImportProblem> Problems);

    public static Result Read(string path, Gazetteer gazetteer, string? country)
    {
        // Strict UTF-8 first: the reader would keep a bad byte inside a name and fail only when it is read.
        var text = SourceFiles.ReadJsonText(path);
        FeatureCollection features;
        try
        {
            features = JsonSerializer.Deserialize<FeatureCollection>(text, GeoJsonOptions)
                ?? throw new SourceFormatException(path, null, "not a GeoJSON FeatureCollection");
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(path, null, JsonErrors.Describe(e));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException or IndexOutOfRangeException)
        {
            // NetTopologySuite's own checks: an unclosed ring, a geometry type it does not know ("polygon"), a one-point line.
            var what = e is ArgumentNullException ? "a geometry, its type or its coordinates are null" : e.Message.Length > 120 ? e.Message[..120] + "…" : e.Message;
            throw new SourceFormatException(path, null, $"not valid GeoJSON geometry ({what.TrimEnd('.')})");
        }

        var writer = new WKTWriter();
        var boundaries = new List<BoundaryRecord>();
        var problems = new List<ImportProblem>();
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            string? iso3, name;
            try
            {
                (iso3, name) = (country ?? First(feature.Attributes, CountryProperties), First(feature.Attributes, NameProperties));
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or FormatException or OverflowException)
            {
                // Properties are read lazily: an escaped lone surrogate (\ud800) or a number past any range (1e400) fails here.
                problems.Add(new ImportProblem($"{path}: feature {i + 1}: a property cannot be read (text that is not valid Unicode, such as an escaped lone surrogate, or a number beyond range)"));
                continue;
            }

            if (iso3 is null || gazetteer.FindCountry(iso3) is not { } known)
            {
                problems.Add(new ImportProblem($"{path}: feature {i + 1}: no known country", NextStep.GiveCountry));
                continue;
            }

            if (gazetteer.FindAdmin1(known.Iso3, name) is not { } admin1)
            {
                problems.Add(new ImportProblem($"{path}: feature {i + 1}: province '{name}' is not in the gazetteer for {known.Iso3}"));
                continue;
            }

            if (feature.Geometry is not { Dimension: NetTopologySuite.Geometries.Dimension.Surface })
            {
                problems.Add(new ImportProblem($"{path}: feature {i + 1} ({admin1.Name}): geometry is not a polygon"));
                continue;
            }

            if (feature.Geometry.EnvelopeInternal is var box && (box.MinX < -180 || box.MaxX > 180 || box.MinY < -90 || box.MaxY > 90))
            {
                problems.Add(new ImportProblem(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{path}: feature {i + 1} ({admin1.Name}): coordinates outside longitude −180 to 180 and latitude −90 to 90 (a ring reaches {box.MinX:0.###} to {box.MaxX:0.###}, {box.MinY:0.###} to {box.MaxY:0.###})")));
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

/// <summary>A feature an import skipped: why, and the step that helps where there is one, for the host to word.</summary>
public sealed record ImportProblem(string Stated, NextStep? Suggested = null) : ISuggestsNextStep;
