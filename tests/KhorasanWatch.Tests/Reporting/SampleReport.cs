using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Hosting;
using KhorasanWatch.Reporting;
using KhorasanWatch.Reporting.Html;
using KhorasanWatch.TestSupport;
using KhorasanWatch.UseCases.Claims;
using KhorasanWatch.UseCases.Geo;
using KhorasanWatch.UseCases.Ingest;
using KhorasanWatch.UseCases.Reports;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The default start for <see cref="AsOf"/>: 1 January of the quarter three years before (checked against what the library chooses).</summary>
    public static readonly DateOnly From = new(2022, 1, 1);

    public const string Banner = "TLP:AMBER";

    /// <summary>
    /// Builds a store in <paramref name="temp"/> through the library's composition root and use cases
    /// (what every host calls) and writes the report there as <c>report.html</c>, asking for nothing
    /// but the defaults. Skips the test when <c>../shared/data</c> does not hold the geoBoundaries provinces.
    /// </summary>
    public static SampleReport Write(TempFolder temp)
    {
        var provinces = RepoPaths.RequireShared("boundaries_afg_geoboundaries/geoBoundaries-AFG-ADM1.geojson");
        using var services = new ServiceCollection().AddKhorasanWatch(o => o.Store = temp.File("kwatch.db")).BuildServiceProvider();
        Assert.NotEmpty(services.GetRequiredService<GeoUseCase>().Import(provinces, "AFG").Saved);
        var ingested = services.GetRequiredService<IngestUseCase>().Ingest(new IngestRequest([Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv")]));
        Assert.Empty(ingested.Refused);
        Assert.All(ingested.Reports, r => Assert.Equal(0, r.Counts.Rejected));
        var register = services.GetRequiredService<ClaimsUseCase>().Import(Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "test");
        Assert.Equal(0, register.Rejected);

        var content = services.GetRequiredService<ReportUseCase>().Build(new ReportAsk());
        Assert.Equal((From, AsOf, AsOf, TlpLevel.Amber), (content.Request.From, content.Request.To, content.Request.AsOf, content.Request.Tlp)); // the defaults' policy
        return new SampleReport(content, temp.Write("report.html", ReportHtml.Render(content)));
    }
}
