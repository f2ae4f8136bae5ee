using System.Globalization;
using System.Threading.RateLimiting;

namespace KhorasanWatch.Web;

/// <summary>
/// Limits on sign-in attempts (docs/coalition.md, "Sign-in"): each costs a PBKDF2 hash, about a
/// third of a second of a core, so guessing is slowed per client address and the host is kept
/// from being loaded by attempts in parallel. Only <c>POST /signin</c> is limited: reading the
/// form, pages and token calls (a SHA-256 look-up) are not.
/// </summary>
public static class SignInLimits
{
    /// <summary>Attempts one client address may make in <see cref="Window"/>.</summary>
    public const int PerClient = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Attempts checked at once, whoever makes them (the 2-core host's cores); more wait in line, up to <see cref="Waiting"/>.</summary>
    public const int AtOnce = 2;

    public const int Waiting = 8;

    public static void AddSignInLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsAttempt(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = PerClient, Window = Window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsAttempt(context)
                    ? RateLimitPartition.GetConcurrencyLimiter("attempts", _ => new ConcurrencyLimiterOptions { PermitLimit = AtOnce, QueueLimit = Waiting, QueueProcessingOrder = QueueProcessingOrder.OldestFirst })
                    : RateLimitPartition.GetNoLimiter("")));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (rejected, cancel) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                AuditTrail.Write(rejected.HttpContext, "sign-in", "rate-limited", Coalition.AuditOutcomes.Refused, "");
                return new ValueTask(rejected.HttpContext.Response.WriteAsync(
                    $"Too many sign-in attempts: at most {PerClient} from one address in {Window.TotalMinutes:0} minutes, and {AtOnce} at once. Try again in {seconds} s.\n", cancel));
            };
        });

    private static bool IsAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/signin", StringComparison.OrdinalIgnoreCase);

    /// <summary>The client's address as this server sees it (behind a proxy, the proxy's: a proxy should limit its own clients).</summary>
    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
