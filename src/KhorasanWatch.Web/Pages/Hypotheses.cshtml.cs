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

    /// <summary>The version the last rating saved, carried by the redirect after it: the page reads what it changed from the store.</summary>
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }

    /// <summary>The item and hypothesis of a rating that was already in force, carried by the redirect after it.</summary>
    [BindProperty(SupportsGet = true)] public string? Unchanged { get; set; }

    [BindProperty(SupportsGet = true, Name = "for")] public string? For { get; set; }

    /// <summary>
    /// What the last rating did, said from the store and the matrix, never from the link: a link
    /// can name a version or an item, but only a saved version's own change or an item and
    /// hypothesis of the matrix are ever shown.
    /// </summary>
    public string? Status { get; private set; }

    [BindProperty] public string? Item { get; set; }
    [BindProperty] public string? Hypothesis { get; set; }
    [BindProperty] public string? Rating { get; set; }
    [BindProperty] public string? State { get; set; }

    public MatrixEvaluation? Evaluation { get; private set; }

    public void OnGet()
    {
        Evaluation = Answer(() =>
            hypotheses.Evaluate(new HypothesesRequest(null, HypothesesUseCase.Version(Version), RequestValues.Date(string.IsNullOrWhiteSpace(AsOf) ? null : AsOf, "as_of", toEnd: true))));
        Status = Evaluation is null ? null : SavedStatus() ?? UnchangedStatus(); // a store that failed to open is worded once, by the page
    }

    private string? SavedStatus() =>
        int.TryParse(Saved, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) &&
        hypotheses.SavedVersion(version) is { } saved
            ? $"Saved version {saved.Version}: {saved.Change}."
            : null;

    private string? UnchangedStatus() =>
        Evaluation is { } e && e.Matrix.Items.Any(i => i.Id == Unchanged) && e.Matrix.Hypotheses.Any(h => h.Id == For)
            ? $"Unchanged ({(e.SavedVersion is { } v ? $"version {v}" : "shipped")}): the rating of {Unchanged} for {For} was already the one asked."
            : null;

    public IActionResult OnPost()
    {
        var result = Answer(() => hypotheses.Rate(new RatingRequest(Item ?? "", Hypothesis ?? "", Rating ?? "", State)));
        if (result is null)
        {
            OnGet();
            return Page();
        }

        return result.Saved
            ? RedirectToPage(new { saved = result.Version })
            : RedirectToPage(new { unchanged = Item, @for = Hypothesis });
    }
}
