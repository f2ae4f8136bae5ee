using KhorasanWatch.UseCases.Reports;

namespace KhorasanWatch.Web;

/// <summary>
/// The threat assessment as <c>kwatch report</c> writes it: viewed in the browser
/// (<c>/report/view</c>), downloaded as HTML (<c>/report.html</c>) or printed to PDF by Debian's
/// Chromium (<c>/report.pdf</c>), all from the same query as the Report page's form. The report is
/// one self-contained document with its own styles and no script, so its answers carry a policy
/// that allows inline styles and nothing else.
/// </summary>
internal static class ReportEndpoints
{
    private const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static void MapReport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/report/view", (HttpContext context, [AsParameters] ReportParameters query, ReportUseCase report) =>
            Html(context, report.Html(query.Ask, EventsPage(context)), download: null)).WithName("report_view").WithSummary("The threat assessment as an HTML page.");
        app.MapGet("/report.html", (HttpContext context, [AsParameters] ReportParameters query, ReportUseCase report) =>
        {
            var ask = query.Ask;
            var content = report.Build(ask);
            return Html(context, Reporting.Html.ReportHtml.Render(content), ReportUseCase.FileName(content) + ".html");
        }).WithName("report_html").WithSummary("The threat assessment as a self-contained HTML file to keep.");
        app.MapGet("/report.pdf", (HttpContext context, [AsParameters] ReportParameters query, ReportUseCase report) =>
        {
            var content = report.Build(query.Ask);
            return Results.File(ReportUseCase.Pdf(content), "application/pdf", ReportUseCase.FileName(content) + ".pdf");
        }).WithName("report_pdf").WithSummary("The threat assessment printed to PDF by headless Chromium.");
    }

    /// <summary>The report's query, as the Report page's form names it.</summary>
    internal sealed record ReportParameters(
        [property: Microsoft.AspNetCore.Mvc.FromQuery(Name = "from")] string? From,
        [property: Microsoft.AspNetCore.Mvc.FromQuery(Name = "to")] string? To,
        [property: Microsoft.AspNetCore.Mvc.FromQuery(Name = "period")] string? Period,
        [property: Microsoft.AspNetCore.Mvc.FromQuery(Name = "as_of")] string? AsOf,
        [property: Microsoft.AspNetCore.Mvc.FromQuery(Name = "tlp")] string? Tlp)
    {
        /// <summary>The checked request: a date that is not one, an unknown period or marking is refused, naming the parameter.</summary>
        public ReportAsk Ask => ReportUseCase.Ask(From, To, Period, AsOf, Tlp);
    }

    /// <summary>
    /// The Events page listing an actor's events between two days, for the report viewed here: its
    /// long footnotes link there instead of naming the command. A downloaded file keeps the command,
    /// since a link into this server would not follow it.
    /// </summary>
    private static Reporting.Html.EventListingLink EventsPage(HttpContext context) => (actor, from, to) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            context.Request.PathBase + "/events",
            new Dictionary<string, string?>
            {
                ["actor"] = actor,
                ["from"] = from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["to"] = to?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }.Where(v => v.Value is not null));

    private static IResult Html(HttpContext context, string html, string? download)
    {
        context.Response.Headers.ContentSecurityPolicy = ReportPolicy;
        if (download is not null)
        {
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{download}\"";
        }

        return Results.Text(html, "text/html; charset=utf-8");
    }
}
