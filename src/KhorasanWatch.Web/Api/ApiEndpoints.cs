using System.Text;
using KhorasanWatch.Contracts;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Claims;
using KhorasanWatch.UseCases.Data;
using KhorasanWatch.UseCases.Events;
using KhorasanWatch.UseCases.Hypotheses;
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
        api.MapGet("/events", ListEvents).WithName("events").WithSummary("A page of stored events, filtered; follow next_cursor for the next page.")
            .Produces<EventPageRecord>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/events/{id}", GetEvent).WithName("event").WithSummary("One event with its raw source record, earlier versions and linked records.")
            .Produces<EventDetailRecord>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/indicators", Indicators).WithName("indicators").WithSummary("The seed paper's indicators per period (kwatch indicators --format json).")
            .Produces<IndicatorsRecord>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/warnings", WarningsNow).WithName("warnings").WithSummary("The current warnings with their evidence (kwatch warnings --format json).")
            .Produces<WarningsRecord>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/claims", Claims).WithName("claims").WithSummary("The latest version of every claim (about a subject when given) and where they disagree (kwatch claims list --format json).")
            .Produces<ClaimListRecord>();
        api.MapGet("/claims/{key}", Claim).WithName("claim").WithSummary("Every version of one claim (kwatch claims show KEY --format json).")
            .Produces<ClaimHistoryRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/hypotheses", Hypotheses).WithName("hypotheses").WithSummary("The competing-hypotheses matrix as it reads on a day (kwatch ach show --format json).")
            .Produces<AchMatrixRecord>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/hypotheses/score", HypothesesScore).WithName("hypotheses_score").WithSummary("Its scores, ranks, diagnosticity and sensitivity (kwatch ach score --format json).")
            .Produces<AchScoreRecord>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/sources", Sources).WithName("sources").WithSummary("What the store holds, per source and year (kwatch sources --format json).")
            .Produces<IReadOnlyList<SourceYearJson>>();
        api.MapGet("/problems", Problems).WithName("problems").WithSummary("The rows the ingests rejected and the warnings they gave, with file, line, field and reason (kwatch problems --format json).")
            .Produces<ProblemsRecord>();
        api.MapGet("/rejects", Rejects).WithName("rejects").WithSummary("The rows the ingests rejected (kwatch problems --kind rejected --format json).")
            .Produces<ProblemsRecord>();
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
        return Results.Json(new EventPageRecord([.. page.Events.Select(e => EventRecord.Of(e.Stored, e.Across, events.Profile))], page.NextCursor), ContractJson.Default.EventPageRecord);
    }

    private static IResult GetEvent(string id, EventsUseCase events)
    {
        var d = events.Get(id) ?? throw new ProblemException(ProblemCodes.NotFound, "no event has the id '{0}'", id);
        var detail = new EventDetailRecord(
            EventRecord.Of(d.Stored, d.Across, events.Profile), d.RawRecord, [.. d.Versions.Select(v => new EventVersionRecord(v.Version, v.Raw))], [.. d.Linked.Select(l => EventRecord.Of(l, null, events.Profile))]);
        return Results.Json(detail, ContractJson.Default.EventDetailRecord);
    }

    private static IResult Indicators(string? actor, string? country, string? province, string? period, string? from, string? to, IndicatorsUseCase indicators)
    {
        var (first, last) = RequestValues.DateRange(from, to);
        var result = indicators.Compute(new IndicatorsRequest(actor, country, province, IndicatorsUseCase.Period(period), first, last));
        return Document(ContractDocuments.Indicators(result));
    }

    private static IResult WarningsNow(string? actor, string? country, string? province, [FromQuery(Name = "as_of")] string? asOf, string? cadence, WarningsUseCase warnings)
    {
        var day = RequestValues.Date(asOf, "as_of", toEnd: true);
        var result = warnings.Detect(new WarningsRequest(actor, country, province, day, WarningsUseCase.CadenceOf(cadence)));
        return Document(ContractDocuments.Warnings(result));
    }

    private static IResult Claims(string? subject, ClaimsUseCase claims)
    {
        var list = claims.List(subject);
        return Document(ContractDocuments.Claims(list.Claims, list.Disagreements));
    }

    private static IResult Claim(string key, ClaimsUseCase claims)
    {
        var history = claims.History(key);
        return Document(ContractDocuments.ClaimHistory(history));
    }

    private static IResult Hypotheses([FromQuery(Name = "as_of")] string? asOf, string? version, HypothesesUseCase hypotheses)
    {
        var evaluation = hypotheses.Evaluate(Matrix(asOf, version));
        return Document(ContractDocuments.Matrix(evaluation));
    }

    private static IResult HypothesesScore([FromQuery(Name = "as_of")] string? asOf, string? version, HypothesesUseCase hypotheses)
    {
        var evaluation = hypotheses.Evaluate(Matrix(asOf, version));
        return Document(ContractDocuments.Score(evaluation));
    }

    private static HypothesesRequest Matrix(string? asOf, string? version) =>
        new(null, HypothesesUseCase.Version(version), RequestValues.Date(RequestValues.Blank(asOf), "as_of", toEnd: true));

    private static IResult Sources(DataUseCase data) => Results.Text(ContractDocuments.Sources(data.Sources()), Json);

    private static IResult Problems(string? kind, string? file, string? limit, DataUseCase data) =>
        Results.Text(ContractDocuments.Problems(data.Problems(new ProblemQuery(DataUseCase.Kind(kind), RequestValues.Blank(file), ProblemLimit(limit)))), Json);

    private static IResult Rejects(string? file, string? limit, DataUseCase data) =>
        Results.Text(ContractDocuments.Problems(data.Problems(new ProblemQuery(IngestProblem.Rejected, RequestValues.Blank(file), ProblemLimit(limit)))), Json);

    /// <summary>At most 10,000 problems a call (default 1,000, as the CLI's).</summary>
    private static int ProblemLimit(string? text) =>
        RequestValues.Count(text, "limit") is { } n ? (n <= 10_000 ? n : throw RequestValues.Invalid("{limit} '{0}' is more than 10000", text!)) : 1000;

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

    /// <summary>A contract's document as the CLI prints it, newline and all, so that the two compare byte for byte.</summary>
    private static IResult Document(string json) => Results.Text(json + "\n", Json);
}
