using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Warnings;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>The warnings as of a day, with their evidence, declines and notes, as <c>kwatch warnings</c> gives them.</summary>
public sealed class WarningsModel(WarningsUseCase warnings) : WatchPage
{
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cadence { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }

    public WarningsResult? Result { get; private set; }

    public void OnGet() => Result = Answer(() =>
    {
        var day = RequestValues.Date(RequestValues.Blank(AsOf), "as_of", toEnd: true);
        return warnings.Detect(new WarningsRequest(null, RequestValues.Blank(Country), RequestValues.Blank(Province), day, WarningsUseCase.CadenceOf(Cadence)));
    });
}
