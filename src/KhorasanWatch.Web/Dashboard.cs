using System.Net;
using KhorasanWatch.Hosting;
using KhorasanWatch.Web.Api;
using Microsoft.AspNetCore.DataProtection;

namespace KhorasanWatch.Web;

/// <summary>
/// The web host: server-rendered pages and the JSON API under <c>/api/v1</c>, both over the
/// library's use cases (<see cref="KhorasanWatchServices"/>). The store comes from
/// the <c>db</c> setting (<c>--db</c>), else <c>KWATCH_DB</c>, else <c>kwatch.db</c>. Listens on
/// loopback unless <c>allow_remote</c> is set: there is no sign-in yet.
/// </summary>
public static class Dashboard
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var config = builder.Configuration;
        builder.WebHost.UseUrls(config["urls"] is { Length: > 0 } urls ? urls : DefaultUrls);
        builder.Services.AddKhorasanWatch((services, o) => o.Store = Store(services.GetRequiredService<IConfiguration>()));
        // The pages are compiled into this assembly, which kwatch loads as a library: name it as the pages' home.
        builder.Services.AddRazorPages().AddApplicationPart(typeof(Dashboard).Assembly);
        // Antiforgery tokens live as long as the process: there is no sign-in, and no key worth keeping on disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true); // links the app makes look like those a user types
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problems.Handle });
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApi();
        app.MapReport();
        app.MapStyleSheet();
        app.MapRazorPages();
        return app;
    }

    /// <summary>The store: the <c>db</c> setting (<c>--db</c>), else <c>KWATCH_DB</c>, else <c>kwatch.db</c>.</summary>
    public static string Store(IConfiguration config) =>
        config["db"] is { Length: > 0 } db ? db : config["KWATCH_DB"] is { Length: > 0 } env ? env : "kwatch.db";

    /// <summary>Serves <paramref name="store"/> at <paramref name="urls"/> until the process is stopped, telling <paramref name="started"/> where it listens.</summary>
    public static void Serve(string store, string urls, Action<IReadOnlyCollection<string>> started)
    {
        using var app = Create(["--db", store, "--urls", urls]);
        app.Start();
        started([.. app.Urls]);
        app.WaitForShutdown();
    }

    /// <summary>
    /// The listening addresses beyond this machine, which a host refuses unless asked for: the
    /// dashboard has no sign-in yet, so whoever reaches it reads the store.
    /// </summary>
    public static IReadOnlyList<string> RemoteAddresses(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(u => !IsLoopback(u))
            .ToList();

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>
    /// Every response: no script but the site's own (no inline script, no eval), no framing, no
    /// sniffing, no referrer beyond the origin. Text from sources is HTML-encoded by the pages.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next();
    }
}
