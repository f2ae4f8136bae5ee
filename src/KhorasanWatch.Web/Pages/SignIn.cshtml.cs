using KhorasanWatch.UseCases.Coalition;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>
/// Sign-in for a store with users: name and password, checked against the stored PBKDF2 hash; a
/// wrong name and a wrong password read alike. On success, a cookie (HttpOnly, SameSite=Strict,
/// eight hours) and a redirect to the page asked for, if it is one of this site's.
/// </summary>
public sealed class SignInModel(UsersUseCase users) : WatchPage
{
    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")] public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The attempt is an answer (a store that cannot be read is a Problem); the user in it is null for a wrong name or password.
        var user = Answer(() => new Attempt(users.SignIn((Name ?? "").Trim(), Password ?? "")))?.User;
        if (Problem is null)
        {
            AuditTrail.Write(HttpContext, "sign-in", "password", user is null ? KhorasanWatch.Coalition.AuditOutcomes.Refused : KhorasanWatch.Coalition.AuditOutcomes.Ok, user?.Name ?? (Name ?? "").Trim());
        }

        if (user is null)
        {
            Failed = Problem is null;
            Response.StatusCode = Problem is null ? StatusCodes.Status401Unauthorized : Response.StatusCode;
            return Page();
        }

        await HttpContext.SignInAsync(SignInGate.Scheme, SignInGate.Principal(user, "password"));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        if ((await HttpContext.AuthenticateAsync(SignInGate.Scheme)).Principal?.Identity?.Name is { } name)
        {
            AuditTrail.Write(HttpContext, "sign-out", "", KhorasanWatch.Coalition.AuditOutcomes.Ok, name);
        }

        await HttpContext.SignOutAsync(SignInGate.Scheme);
        return LocalRedirect("/signin");
    }

    private sealed record Attempt(KhorasanWatch.Coalition.User? User);
}
