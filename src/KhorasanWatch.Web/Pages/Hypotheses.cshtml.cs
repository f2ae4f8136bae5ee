using KhorasanWatch.Assessment;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Hypotheses;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>
/// The analysis of competing hypotheses as it reads today (or on the day and version asked), and
/// a form to change one rating, saved as the matrix's next version. The form posts with an
/// antiforgery token and redirects to the page, which says what was saved.
/// </summary>
public sealed class HypothesesModel(HypothesesUseCase hypotheses) : WatchPage
{
    [BindProperty(SupportsGet = true)] public string? Version { get; set; }
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }

    /// <summary>What the last rating did, carried by the redirect after it.</summary>
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }

    [BindProperty] public string? Item { get; set; }
    [BindProperty] public string? Hypothesis { get; set; }
    [BindProperty] public string? Rating { get; set; }
    [BindProperty] public string? State { get; set; }

    public MatrixEvaluation? Evaluation { get; private set; }

    public void OnGet() => Evaluation = Answer(() =>
        hypotheses.Evaluate(new HypothesesRequest(null, HypothesesUseCase.Version(Version), RequestValues.Date(string.IsNullOrWhiteSpace(AsOf) ? null : AsOf, "as_of", toEnd: true))));

    public IActionResult OnPost()
    {
        var result = Answer(() => hypotheses.Rate(new RatingRequest(Item ?? "", Hypothesis ?? "", Rating ?? "", State)));
        if (result is null)
        {
            OnGet();
            return Page();
        }

        var said = result.Saved
            ? $"Saved version {result.Version}: {result.Change}."
            : $"Unchanged ({(result.Version is { } v ? $"version {v}" : "shipped")}): {Item} is already rated {result.Rating} for {Hypothesis}.";
        return RedirectToPage(new { saved = said });
    }
}
