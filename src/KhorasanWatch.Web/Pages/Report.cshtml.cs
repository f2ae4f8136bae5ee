using KhorasanWatch.Reporting;
using KhorasanWatch.UseCases.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace KhorasanWatch.Web.Pages;

/// <summary>
/// The threat assessment: a form for its range, tables, day and marking; once asked, the report is
/// written (so a request the data cannot answer is refused here, in words) and its key judgments
/// shown, with links to view it, download it as HTML, or as PDF.
/// </summary>
public sealed class ReportModel(ReportUseCase report) : WatchPage
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tlp { get; set; }

    /// <summary>Set by the form's button: write the report.</summary>
    [BindProperty(SupportsGet = true)] public string? Write { get; set; }

    public ReportContent? Written { get; private set; }

    public void OnGet()
    {
        if (Write is not null)
        {
            Written = Answer(() => report.Build(ReportUseCase.Ask(From, To, Period, AsOf, Tlp)));
        }
    }

    /// <summary>A link to the report with this form's values.</summary>
    public string Link(string path) =>
        QueryHelpers.AddQueryString(path, new Dictionary<string, string?> { ["from"] = From, ["to"] = To, ["period"] = Period, ["as_of"] = AsOf, ["tlp"] = Tlp }.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
}
