using System.Net;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Api;

/// <summary>
/// The library's refusals as HTTP answers: ProblemDetails (RFC 9457) under <c>/api</c>, a page
/// elsewhere, with the same one-line message as the CLI, parameters spelt as the query names them.
/// An unexpected failure says only that it happened; its detail goes to the log.
/// </summary>
internal static partial class Problems
{
    public static string Spell(string parameter) => parameter switch
    {
        "the_store" => "the store",
        "ingest" => "load a file with 'kwatch ingest FILE' first",
        _ => parameter,
    };

    public static (int Status, string Title, string Detail) Describe(Exception? error) => error switch
    {
        ProblemException p => (p.Problem.Code switch
        {
            ProblemCodes.NotFound => StatusCodes.Status404NotFound,
            ProblemCodes.NotCovered => StatusCodes.Status422UnprocessableEntity,
            ProblemCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ProblemCodes.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        }, p.Problem.Code, p.Problem.Describe(Spell)),
        StoreException s => (StatusCodes.Status503ServiceUnavailable, "store_unavailable", StoreMessage(s)),
        KhorasanWatch.Reporting.Pdf.PdfPrintException pdf => (StatusCodes.Status503ServiceUnavailable, "pdf_unavailable",
            pdf.Message.StartsWith("Chromium was not found", StringComparison.Ordinal)
                ? "the server has no Chromium to print the PDF with (its administrator can install Debian's chromium); the HTML report needs none"
                : "the PDF could not be printed; see the server's log (the HTML report is unaffected)"),
        KhorasanWatch.Analysis.Hypotheses.MatrixException m => (StatusCodes.Status422UnprocessableEntity, "matrix_unreadable", m.Stated + Step(m.Suggested)),
        Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException => (StatusCodes.Status503ServiceUnavailable, "store_unavailable", "the store could not be read; see the server's log"),
        { } refused when Refusals.IsRefusal(refused) => (StatusCodes.Status422UnprocessableEntity, "refused", refused.Message), // an input the request named (a file of the server's) that cannot be read
        _ => (StatusCodes.Status500InternalServerError, "internal_error", "the server failed to answer; see the server's log"),
    };

    /// <summary>A refusal or an unavailable part, which a page words in place; anything else is a fault for the log.</summary>
    public static bool IsExpected(Exception error) => Describe(error).Status != StatusCodes.Status500InternalServerError;

    public static async Task Handle(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = Describe(error);
        if (status == StatusCodes.Status500InternalServerError || error is KhorasanWatch.Reporting.Pdf.PdfPrintException)
        {
            Unhandled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("KhorasanWatch.Web"), error, context.Request.Path);
        }

        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://khorasan-watch.invalid/problems/{title}" }).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Khorasan Watch: {WebUtility.HtmlEncode(title)}</title><link rel="stylesheet" href="/site.css"></head>
            <body><main><h1>That could not be answered</h1><p class="problem" role="alert">{WebUtility.HtmlEncode(detail)}</p><p><a href="/">Back to the overview</a></p></main></body></html>
            """);
    }

    /// <summary>A store problem without the server's file path: the reader of a web page has no use for it.</summary>
    private static string StoreMessage(StoreException s) => "the store: " + s.Problem + Step(s.Suggested);

    /// <summary>What the library suggests, as the server's reader can act on it: the administrator's command where only the server can.</summary>
    private static string Step(KhorasanWatch.Analysis.Formats.NextStep? step) => step?.Kind switch
    {
        null => "",
        KhorasanWatch.Analysis.Formats.NextStepKind.LoadEvents => " (its administrator loads events with 'kwatch ingest FILE')",
        KhorasanWatch.Analysis.Formats.NextStepKind.ImportMatrix => $"; its administrator can import a corrected matrix (kwatch ach import FILE --matrix {step.Value}) to save a new version",
        _ => step.Neutral,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void Unhandled(ILogger logger, Exception? error, PathString path);
}
