using KhorasanWatch.Coalition;
using KhorasanWatch.UseCases.Coalition;

namespace KhorasanWatch.Web;

/// <summary>
/// One entry in the store's audit log per request to a store with users (<see cref="AuditUseCase"/>):
/// the method, the path and query asked, the user the request was answered for (none when it was
/// refused before sign-in), how it ended and the client's address. <see cref="SignInGate"/> marks
/// the requests it gated; sign-in attempts are recorded by the sign-in page, with the name tried.
/// </summary>
public static partial class AuditTrail
{
    /// <summary>The request item the gate sets on a request to a store with users: "ok", or "refused" when the gate refused it.</summary>
    public const string Item = "kwatch.audit";

    public static async Task Record(HttpContext context, Func<Task> next)
    {
        var failed = true;
        try
        {
            await next();
            failed = false;
        }
        finally
        {
            if (context.Items.TryGetValue(Item, out var gated))
            {
                var status = context.Response.StatusCode;
                var outcome = failed || status >= 500 ? AuditOutcomes.Failed
                    : gated as string == AuditOutcomes.Refused || status >= 400 ? AuditOutcomes.Refused
                    : AuditOutcomes.Ok;
                Write(context, context.Request.Method, context.Request.Path + context.Request.QueryString, outcome);
            }
        }
    }

    /// <summary>
    /// Appends an entry for this request; a log that cannot be written is logged as an error, and the
    /// answer stands (this runs after it, in a <c>finally</c>, where a second failure must not hide the first).
    /// </summary>
    public static void Write(HttpContext context, string action, string detail, string outcome, string? user = null)
    {
        try
        {
            context.RequestServices.GetRequiredService<AuditUseCase>().Record(action, detail, outcome, Origin(context), user);
        }
#pragma warning disable CA1031 // any failure of the log is reported, and must not replace the request's own
        catch (Exception e)
#pragma warning restore CA1031
        {
            NotWritten(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuditTrail)), e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "the store's audit log could not be written: {Reason}")]
    private static partial void NotWritten(ILogger logger, string reason);

    private static string Origin(HttpContext context) => $"http {context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
}
