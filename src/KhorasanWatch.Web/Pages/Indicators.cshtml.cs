using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Indicators;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>The indicators for any period and region, as <c>kwatch indicators</c> computes them.</summary>
public sealed class IndicatorsModel(IndicatorsUseCase indicators) : WatchPage
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }

    public IndicatorsResult? Result { get; private set; }

    public void OnGet() => Result = Answer(() =>
    {
        var (first, last) = RequestValues.DateRange(RequestValues.Blank(From), RequestValues.Blank(To));
        return indicators.Compute(new IndicatorsRequest(null, RequestValues.Blank(Country), RequestValues.Blank(Province), IndicatorsUseCase.Period(Period), first, last));
    });
}
