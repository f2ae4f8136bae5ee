using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Assessment;
using KhorasanWatch.Reporting;
using KhorasanWatch.Reporting.Html;
using KhorasanWatch.Reporting.Pdf;

namespace KhorasanWatch.UseCases.Reports;

/// <summary>
/// The threat assessment: what <c>report</c> writes in every host. The range defaults to the
/// quarters of the three years to the actor's last event (not before its coverage), the as-of day
/// to the range's end, so the same store and request give the same bytes.
/// </summary>
public sealed class ReportUseCase(WatchReader reader)
{
    public static readonly string[] Periods = ["month", "quarter", "year"];

    public static readonly string[] Markings = ["clear", "green", "amber", "amber+strict", "red"];

    /// <summary>The report's content, every figure computed; refused when the data cannot speak to the request.</summary>
    public ReportContent Build(ReportAsk ask)
    {
        var actorId = reader.ActorId(ask.ActorId);
        using var store = reader.OpenStore();
        var data = reader.Load(store, actorId);
        var end = ask.To ?? data.LastEvent!.Value; // Load refuses a store without the actor's events.
        var start = ask.From ?? Later(new DateOnly(end.Year - 3, ((end.Month - 1) / 3 * 3) + 1, 1), data.CoverageStart);
        RequestValues.CheckOrder(start, end);
        WatchReader.CheckCovered(data, Analysis.Indicators.Periods.Covering(start, end, ask.Period), actorId);
        if (ask.AsOf < end)
        {
            throw ask.To is null
                ? RequestValues.Invalid("{as_of} {0} is before the report's end {1} (the last event); a report cannot speak from before the days it covers", RequestValues.Day(ask.AsOf.Value), RequestValues.Day(end))
                : RequestValues.Invalid("{as_of} {0} is before the report's end {1} ({to}); a report cannot speak from before the days it covers", RequestValues.Day(ask.AsOf.Value), RequestValues.Day(end));
        }

        if (ask.AsOf is { } speaks && speaks > data.CoverageYearEnd)
        {
            throw new ProblemException(
                ProblemCodes.NotCovered,
                "{as_of} {0} is after the data (they end on {1}); a report's forecasts speak from the data, so give {as_of} {2} or earlier",
                RequestValues.Day(speaks), RequestValues.Day(data.CoverageEnd), RequestValues.Day(data.CoverageYearEnd));
        }

        // Computed, not typed: in a store with users, never lighter than the most restrictive marking
        // of the events the reader may read. A store without users has one reader, who marks as asked.
        var derived = WatchReader.DerivedMarking(store) ?? Analysis.Sharing.TlpLevel.Clear;
        var request = new ReportRequest(actorId, actorId.ToUpperInvariant(), start, end, ask.Period, ask.AsOf ?? end, derived > ask.Marking ? derived : ask.Marking)
        {
            RaisedFrom = derived > ask.Marking ? ask.Marking.Label() : null,
        };
        var content = ReportBuilder.Build(
            data, store.OtherActorsByMonth(reader.Rules.HomeCountry), store.LoadBoundaries(), store.Claims(), MatrixEvaluation.Current(store, AchMatrixJson.Shipped.Name), request, reader.Rules);
        return reader.RowsWithheld(store, actorId) is { Count: > 0 } withheld ? content with { RowsWithheld = withheld } : content;
    }

    /// <summary>The report as one self-contained HTML document; <paramref name="listing"/> as <see cref="ReportHtml.Render"/> takes it.</summary>
    public string Html(ReportAsk ask, EventListingLink? listing = null) => ReportHtml.Render(Build(ask), listing);

    /// <summary>
    /// The report printed to PDF by headless Chromium (<see cref="ChromiumPdfPrinter"/>), through a
    /// private temporary folder that is deleted after. No Chromium is a <see cref="PdfPrintException"/>.
    /// </summary>
    public static byte[] Pdf(ReportContent content)
    {
        var html = ReportHtml.Render(content);
        var folder = Directory.CreateTempSubdirectory("kwatch-report-");
        try
        {
            var htmlPath = Path.Combine(folder.FullName, "report.html");
            var pdfPath = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllText(htmlPath, html, new System.Text.UTF8Encoding(false));
            ChromiumPdfPrinter.Print(htmlPath, pdfPath);
            return File.ReadAllBytes(pdfPath);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The report's name for a file: <c>iskp-2022-01-01-to-2025-02-11</c>.</summary>
    public static string FileName(ReportContent content) =>
        $"{content.Request.ActorId}-{RequestValues.Day(content.Request.From)}-to-{RequestValues.Day(content.Request.To)}";

    /// <summary>
    /// The request from text, as every host takes it (a blank value is none): a date that is not
    /// one, an unknown period or marking is refused, naming the parameter. The actor is the watched one;
    /// a host that takes one sets <see cref="ReportAsk.ActorId"/>, which <see cref="Build"/> checks.
    /// </summary>
    public static ReportAsk Ask(string? from, string? to, string? period, string? asOf, string? tlp) =>
        new(null, RequestValues.Date(RequestValues.Blank(from), "from"), RequestValues.Date(RequestValues.Blank(to), "to", toEnd: true),
            Period(RequestValues.Blank(period)), RequestValues.Date(RequestValues.Blank(asOf), "as_of", toEnd: true), Marking(RequestValues.Blank(tlp)));

    /// <summary>A period of the report's tables: month, quarter or year.</summary>
    public static PeriodKind Period(string? text) =>
        Enum.Parse<PeriodKind>(RequestValues.OneOf(text, "period", "quarter", Periods), ignoreCase: true);

    /// <summary>A TLP 2.0 marking by name, and TLP 1.0's white read as clear, as the register reads claims' markings.</summary>
    public static TlpLevel Marking(string? text) =>
        text is null ? TlpLevel.Amber
        : TlpLevels.TryParse(text, out var level) ? level
        : throw RequestValues.Invalid("{tlp} must be one of {0} (or TLP 1.0's white, read as clear), not '{1}'", string.Join(", ", Markings), text);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>What a report covers: whose events (the watched actor when null), which days, cut how, from which day it speaks, under which marking.</summary>
public sealed record ReportAsk(
    string? ActorId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    PeriodKind Period = PeriodKind.Quarter,
    DateOnly? AsOf = null,
    TlpLevel Marking = TlpLevel.Amber);
