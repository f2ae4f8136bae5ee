using KhorasanWatch.UseCases.Claims;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>The estimates register: the latest version of every claim, where they disagree, and the subjects with a series.</summary>
public sealed class ClaimsModel(ClaimsUseCase claims) : WatchPage
{
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }

    public ClaimList? List { get; private set; }

    public IReadOnlyList<string> WithFigures { get; private set; } = [];

    public void OnGet()
    {
        List = Answer(() => claims.List(Subject));
        if (List is not null)
        {
            WithFigures = claims.SubjectsWithFigures();
        }
    }
}
