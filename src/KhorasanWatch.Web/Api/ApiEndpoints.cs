using System.Text;
using System.Text.Json;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Contracts;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Data;
using KhorasanWatch.UseCases.Events;
using KhorasanWatch.UseCases.Indicators;
using KhorasanWatch.UseCases.Warnings;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>: each endpoint parses its query, makes one use-case call and
/// writes the same contract as the CLI's <c>--format json</c> (docs/api.md). Errors are ProblemDetails.
/// </summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapGet("/events", ListEvents).WithName("events").WithSummary("A page of stored events, filtered; follow next_cursor for the next page.");
        api.MapGet("/events/{id}", GetEvent).WithName("event").WithSummary("One event with its raw source record, earlier versions and linked records.");
        api.MapGet("/indicators", Indicators).WithName("indicators").WithSummary("The seed paper's indicators per period (kwatch indicators --format json).");
        api.MapGet("/warnings", WarningsNow).WithName("warnings").WithSummary("The current warnings with their evidence (kwatch warnings --format json).");
        api.MapGet("/sources", Sources).WithName("sources").WithSummary("What the store holds, per source and year (kwatch sources --format json).");
        api.MapGet("/rejects", Rejects).WithName("rejects").WithSummary("The rows the ingests refused, with file, line, field and reason.");
        app.MapGet("/events.csv", ExportCsv).WithName("events_csv").WithSummary("Every event the filters keep, as kwatch events --format csv writes them.");
    }

    /// <summary>The filters of an events listing, as the query names them.</summary>
    internal sealed record EventParameters(
        [FromQuery(Name = "from")] string? From,
        [FromQuery(Name = "to")] string? To,
        [FromQuery(Name = "country")] string? Country,
        [FromQuery(Name = "province")] string? Province,
        [FromQuery(Name = "actor")] string? Actor,
        [FromQuery(Name = "role")] string? Role,
        [FromQuery(Name = "attribution")] string? Attribution,
        [FromQuery(Name = "target")] string? Target,
        [FromQuery(Name = "source")] string? Source,
        [FromQuery(Name = "text")] string? Text,
        [FromQuery(Name = "sort")] string? Sort)
    {
        public EventFilter Filter => new(From, To, Country, Province, Actor, Role, Attribution, Target, Source, Text, Sort);
    }

    private static IResult ListEvents([AsParameters] EventParameters query, string? limit, string? cursor, EventsUseCase events)
    {
        var page = events.Page(query.Filter.ToQuery(events), Limit(limit), cursor);
        return Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (var (stored, across) in page.Events)
            {
                EventJson.WriteEvent(json, stored, across);
            }

            json.WriteEndArray();
            EventCodes.Text(json, "next_cursor", page.NextCursor);
            json.WriteEndObject();
        });
    }

    private static IResult GetEvent(string id, EventsUseCase events)
    {
        var detail = events.Get(id) ?? throw new ProblemException(ProblemCodes.NotFound, "no event has the id '{0}'", id);
        return Write(json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("event");
            EventJson.WriteEvent(json, detail.Stored, detail.Across);
            EventCodes.Text(json, "raw_record", detail.RawRecord);
            json.WriteStartArray("versions");
            foreach (var (version, raw) in detail.Versions)
            {
                json.WriteStartObject();
                json.WriteNumber("version", version);
                json.WriteString("raw_record", raw);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("linked");
            foreach (var linked in detail.Linked)
            {
                EventJson.WriteEvent(json, linked, null);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult Indicators(string? actor, string? country, string? province, string? period, string? from, string? to, IndicatorsUseCase indicators)
    {
        var (first, last) = RequestValues.DateRange(from, to);
        var kind = Enum.Parse<PeriodKind>(RequestValues.OneOf(period, "period", "quarter", "week", "month", "quarter", "year", "window"), ignoreCase: true);
        var result = indicators.Compute(new IndicatorsRequest(actor, country, province, kind, first, last));
        return Text(output => IndicatorJsonWriter.Write(output, result));
    }

    private static IResult WarningsNow(string? actor, string? country, string? province, [FromQuery(Name = "as_of")] string? asOf, string? cadence, WarningsUseCase warnings)
    {
        var day = RequestValues.Date(asOf, "as_of", toEnd: true);
        var kind = RequestValues.OneOf(cadence, "cadence", "month", "month", "week") == "week" ? PeriodKind.Week : PeriodKind.Month;
        var result = warnings.Detect(new WarningsRequest(actor, country, province, day, kind));
        return Text(output => WarningJsonWriter.Write(output, result));
    }

    private static IResult Sources(DataUseCase data) => Results.Text(ContractJson.Sources(data.Sources()), Json);

    private static IResult Rejects(string? limit, DataUseCase data) =>
        Results.Text(ContractJson.Rejects(data.Rejects(RequestValues.Count(limit, "limit") ?? 1000)), Json);

    private static async Task ExportCsv(HttpContext context, [AsParameters] EventParameters query, EventsUseCase events)
    {
        var checkedQuery = query.Filter.ToQuery(events); // refused before the first byte is sent
        using var listing = events.List(checkedQuery);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"events.csv\"";

        // The CSV writer streams synchronously, row by row, as the CLI's does: any size in little memory.
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        await using var output = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 1 << 16);
        EventCsv.Write(output, listing.Events);
    }

    private static int Limit(string? text) => RequestValues.Count(text, "limit") ?? 50;

    private static IResult Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            body(json);
        }

        return Results.Bytes(buffer.ToArray(), Json);
    }

    private static IResult Text(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return Results.Text(output.ToString(), Json);
    }
}
