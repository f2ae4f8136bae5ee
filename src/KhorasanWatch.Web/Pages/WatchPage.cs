using KhorasanWatch.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhorasanWatch.Web.Pages;

/// <summary>A page that shows a use case's answer, or its refusal in the CLI's words (parameters as the page's form names them).</summary>
public abstract class WatchPage : PageModel
{
    /// <summary>Why the page has no answer; null when it has one.</summary>
    public string? Problem { get; private set; }

    /// <summary>The answer of <paramref name="ask"/>, or null with <see cref="Problem"/> set and the status the API would give; an unexpected failure is left to the error page.</summary>
    protected T? Answer<T>(Func<T> ask)
        where T : class
    {
        try
        {
            return ask();
        }
        catch (Exception e) when (Problems.IsExpected(e))
        {
            var (status, _, detail) = Problems.Describe(e);
            Response.StatusCode = status;
            Problem = detail;
            return null;
        }
    }
}
