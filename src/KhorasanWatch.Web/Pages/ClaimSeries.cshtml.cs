using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.UseCases.Claims;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>A subject's figures over time: per period the grade-weighted estimate, the sources' spread, the moves and the weights used.</summary>
public sealed class ClaimSeriesModel(ClaimsUseCase claims) : WatchPage
{
    [BindProperty(SupportsGet = true)] public string Subject { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string? By { get; set; }

    public ClaimSeriesResult? Series { get; private set; }

    public void OnGet() => Series = Answer(() => claims.Series(Subject, ClaimsUseCase.SeriesPeriod(string.IsNullOrWhiteSpace(By) ? null : By)));
}
