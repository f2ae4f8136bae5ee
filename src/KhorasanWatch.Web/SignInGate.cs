using System.Security.Claims;
using KhorasanWatch.Coalition;
using KhorasanWatch.UseCases.Coalition;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web;

/// <summary>
/// Who may read, for a store with users (docs/coalition.md): every page asks for a signed-in user
/// (a cookie, from the sign-in page) and every API call for a user's token (<c>Authorization:
/// Bearer kwt_…</c>); anything else is refused before it reads the store. A store without users
/// is one analyst's and answers as before, on loopback. Fails closed: a store that cannot tell
/// whether it has users is refused as one that has them.
/// </summary>
public static class SignInGate
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static void AddSignIn(this IServiceCollection services) =>
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.LoginPath = "/signin";
            o.Cookie.Name = "kwatch";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = false;
        });

    /// <summary>The claims a signed-in user carries: name, organisation and role.</summary>
    public static ClaimsPrincipal Principal(User user, string how) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.Name), new Claim("organisation", user.Organisation), new Claim(ClaimTypes.Role, UserRoles.Name(user.Role))], how));

    public static async Task Gate(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/signin", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/site.css", StringComparison.OrdinalIgnoreCase) || !HasUsers(context))
        {
            await next();
            return;
        }

        context.Items[AuditTrail.Item] = AuditOutcomes.Refused; // until a reader is known

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/events.csv", StringComparison.OrdinalIgnoreCase))
        {
            var header = context.Request.Headers.Authorization.ToString();
            var user = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) // the scheme is case-insensitive (RFC 9110)
                ? context.RequestServices.GetRequiredService<UsersUseCase>().UserOf(header["Bearer ".Length..].Trim())
                : null;
            var reader = user is not null ? Principal(user, "token") : (await context.AuthenticateAsync(Scheme)).Principal;
            if (reader is not { Identity.IsAuthenticated: true })
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status401Unauthorized,
                    Title = "unauthenticated",
                    Detail = "this store has users: send a user's API token as 'Authorization: Bearer kwt_…' (kwatch token create USER makes one)",
                    Type = "https://khorasan-watch.invalid/problems/unauthenticated",
                }).ExecuteAsync(context);
                return;
            }

            context.User = reader; // the token's user, or the signed-in one's cookie
            context.Items[AuditTrail.Item] = AuditOutcomes.Ok;
            await next();
            return;
        }

        var signedIn = await context.AuthenticateAsync(Scheme);
        if (signedIn.Principal is not { Identity.IsAuthenticated: true })
        {
            await context.ChallengeAsync(Scheme);
            return;
        }

        context.User = signedIn.Principal;
        context.Items[AuditTrail.Item] = AuditOutcomes.Ok;
        await next();
    }

    private static bool HasUsers(HttpContext context)
    {
        try
        {
            return context.RequestServices.GetRequiredService<UsersUseCase>().AnyUsers();
        }
        catch (Exception e) when (Api.Problems.IsExpected(e))
        {
            return true; // cannot tell: refuse as if it had users
        }
    }
}

/// <summary>The acting user of a request: the one signed in or named by the token (<see cref="SignInGate"/>); none before sign-in.</summary>
public sealed class SignedInUser(IHttpContextAccessor requests) : Hosting.IActingUser
{
    public string? Name => requests.HttpContext?.User is { Identity: { IsAuthenticated: true, Name: { } name } } ? name : null;
}
