using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Assessment;
using KhorasanWatch.Estimates;
using KhorasanWatch.Geo;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Reporting;
using KhorasanWatch.Reporting.Html;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Tests.Reporting;

/// <summary>
/// The assessment a new user gets from the shipped sample, the shipped register and the real
/// provinces of Afghanistan, as <c>kwatch geo import</c>, <c>kwatch ingest</c>,
/// <c>kwatch claims import</c> and <c>kwatch report</c> make it with their
/// defaults: the range ends on the sample's last attack and starts on 1 January of the quarter
/// three years before, the tables are quarterly, the marking is TLP:AMBER.
/// </summary>
internal sealed record SampleReport(ReportContent Content, string HtmlPath)
{
    /// <summary>The sample's last ISKP attack, which the CLI takes as the range's end and the as-of day.</summary>
    public static readonly DateOnly AsOf = new(2025, 2, 11);

    /// <summary>The CLI's default start for <see cref="AsOf"/>.</summary>
    public static readonly DateOnly From = new(2022, 1, 1);

    public const string Banner = "TLP:AMBER";

    /// <summary>
    /// Builds a store in <paramref name="temp"/> and writes the report there as <c>report.html</c>.
    /// Skips the test when <c>../shared/data</c> does not hold the geoBoundaries provinces.
    /// </summary>
    public static SampleReport Write(TempFolder temp)
    {
        var provinces = RepoPaths.RequireShared("boundaries_afg_geoboundaries/geoBoundaries-AFG-ADM1.geojson");
        using var store = SqliteEventStore.Open(temp.File("kwatch.db"));
        store.SaveBoundaries(BoundaryImporter.Read(provinces, Gazetteer.Default, "AFG").Boundaries);
        var boundaries = store.LoadBoundaries();
        var ingested = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default, new ProvinceLocator(boundaries))
            .Ingest(Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"));
        Assert.Empty(ingested.Rejects);

        var register = ClaimImporter.Import(Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), store, "test", TimeProvider.System);
        Assert.Equal(0, register.Rejected);

        var data = WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp);
        Assert.Equal(AsOf, data.LastEvent);
        var request = new ReportRequest("iskp", "ISKP", From, AsOf, PeriodKind.Quarter, AsOf, TlpLevel.Amber);
        var content = ReportBuilder.Build(data, store.OtherActorsByMonth("AFG"), boundaries, store.Claims(), MatrixEvaluation.Current(store, AchMatrixJson.Shipped.Name), request);
        return new SampleReport(content, temp.Write("report.html", ReportHtml.Render(content)));
    }
}
