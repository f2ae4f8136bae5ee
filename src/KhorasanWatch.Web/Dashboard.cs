using System.Net;
using KhorasanWatch.Hosting;
using KhorasanWatch.Web.Api;
using Microsoft.AspNetCore.DataProtection;

namespace KhorasanWatch.Web;

/// <summary>
/// The web host: server-rendered pages and the JSON API under <c>/api/v1</c>, both over the
/// library's use cases (<see cref="KhorasanWatchServices"/>). The store comes from
/// the <c>db</c> setting (<c>--db</c>), else <c>KWATCH_DB</c>, else <c>kwatch.db</c>. Listens on
/// loopback unless <c>allow_remote</c> is set, and beyond it on https:// only. A store with users asks every reader to sign in (<see cref="SignInGate"/>).
/// </summary>
public static class Dashboard
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var config = builder.Configuration;
        var urls = config["urls"] is { Length: > 0 } given ? given : DefaultUrls;
        var allowRemote = string.Equals(config["allow_remote"], "true", StringComparison.OrdinalIgnoreCase);
        if (RefusedListening(urls, allowRemote) is { } refusal)
        {
            throw new InvalidOperationException($"{refusal.Url} {refusal.Reason}; {(refusal.InClear ? "listen on https:// (a certificate in Kestrel's configuration) or on loopback behind a TLS proxy" : "set allow_remote=true to do it anyway")}");
        }

        builder.WebHost.UseUrls(urls);
        // On loopback, only requests that name this machine: a page elsewhere that rebinds its own
        // name to 127.0.0.1 (DNS rebinding) is refused before it reads anything.
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
            o.AllowedHosts = allowRemote ? ["*"] : ["localhost", "127.0.0.1", "[::1]"]);
        // Every read of the store is the signed-in user's (the library filters by their markings).
        builder.Services.AddHttpContextAccessor().AddSingleton<IActingUser, SignedInUser>();
        builder.Services.AddKhorasanWatch((services, o) => o.Store = Store(services.GetRequiredService<IConfiguration>()));
        // The pages are compiled into this assembly, which kwatch loads as a library: name it as the pages' home.
        builder.Services.AddRazorPages().AddApplicationPart(typeof(Dashboard).Assembly);
        // Antiforgery tokens and sign-in cookies live as long as the process: no key is kept on disk, so a restart signs everyone out.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true); // links the app makes look like those a user types
        builder.Services.AddProblemDetails();
        // The OpenAPI document describes the typed contracts as they are written: snake_case, through the contracts' one context.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, Contracts.ContractJson.Default);
        });
        builder.Services.AddOpenApi("v1");
        builder.Services.AddSignIn();
        builder.Services.AddSignInLimits();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseHostFiltering();
        // Behind a TLS proxy on this machine (docs/dashboard.md), the client's address is the one the
        // proxy forwards: the audit log and the sign-in limits read it. Only loopback proxies are believed.
        app.UseForwardedHeaders(new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problems.Handle });
        app.UseStatusCodePages();
        app.UseRateLimiter(); // sign-in attempts (SignInLimits), before anything hashes a password
        app.UseRouting();
        app.Use(AuditTrail.Record); // a store with users: each request gated below is logged, refused ones too
        app.Use(SignInGate.Gate); // a store with users: nothing is read before the reader is known
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApi();
        app.MapReport();
        app.MapStyleSheet();
        app.MapRazorPages();
        return app;
    }

    /// <summary>The store: the <c>db</c> setting (<c>--db</c>), else <c>KWATCH_DB</c>, else <c>kwatch.db</c> (<see cref="KhorasanWatchOptions.StoreFrom"/>).</summary>
    public static string Store(IConfiguration config) => KhorasanWatchOptions.StoreFrom(config["db"], name => config[name]);

    /// <summary>Serves <paramref name="store"/> at <paramref name="urls"/> until the process is stopped, telling <paramref name="started"/> where it listens.</summary>
    public static void Serve(string store, string urls, bool allowRemote, Action<IReadOnlyCollection<string>> started)
    {
        using var app = Create(["--db", store, "--urls", urls, "--allow_remote", allowRemote ? "true" : "false"]);
        app.Start();
        started([.. app.Urls]);
        app.WaitForShutdown();
    }

    /// <summary>
    /// Why the server must not listen at <paramref name="urls"/>, or null when it may: an address
    /// beyond this machine needs <paramref name="allowRemote"/> (the coalition server leaves
    /// an analyst's store without users has no sign-in), and then <c>https://</c>, as plain HTTP would
    /// carry passwords, tokens, cookies and the store's data in clear to anyone on the path.
    /// </summary>
    public static ListeningRefusal? RefusedListening(string urls, bool allowRemote)
    {
        var beyond = RemoteAddresses(urls);
        if (beyond.Count == 0)
        {
            return null;
        }

        if (!allowRemote)
        {
            return new ListeningRefusal(beyond[0], "listens beyond this machine, which a coalition server does only when asked (a store without users has no sign-in)", InClear: false);
        }

        return beyond.FirstOrDefault(u => !u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) is { } clear
            ? new ListeningRefusal(clear, "listens beyond this machine in plain HTTP, which would carry passwords, API tokens, sign-in cookies and the store's data in clear", InClear: true)
            : null;
    }

    /// <summary>The listening addresses beyond this machine, which a host refuses unless asked for (<see cref="RefusedListening"/>).</summary>
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
        // Set as the answer starts, so that every answer has them, an error page too (the exception
        // handler clears the headers set before it); an endpoint's own policy (the report's) is kept.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = Policy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next();
    }

    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
}

/// <summary>An address the server refuses to listen at, and why; <see cref="InClear"/> when only its plain HTTP is the reason.</summary>
public sealed record ListeningRefusal(string Url, string Reason, bool InClear);
