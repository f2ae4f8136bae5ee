using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Claims;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>One claim: every version, oldest first, with when and from where each was recorded.</summary>
public sealed class ClaimModel(ClaimsUseCase claims) : WatchPage
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";

    public IReadOnlyList<ClaimVersion>? History { get; private set; }

    public void OnGet() => History = Answer(() => claims.History(Key));
}
