namespace KhorasanWatch.Web.Tests.Pages;

/// <summary>
/// The Hypotheses page's status line after a rating is said from the store and the matrix, never
/// from the link that carries it: a link a stranger sends cannot make the page say what it likes.
/// </summary>
public sealed class StatusLineTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient _http = site.Factory.CreateClient();

    [Theory]
    [InlineData("?saved=Saved%20version%207%3A%20the%20matrix%20was%20reset%20by%20the%20admin.")]
    [InlineData("?saved=7")] // no such version in the store
    [InlineData("?saved=-1")]
    [InlineData("?unchanged=Your%20session%20expired&for=spoiler")]
    [InlineData("?unchanged=manpower&for=call%20this%20number")]
    public async Task ALinkThatNamesNoSavedVersionOrMatrixItem_ShowsNoStatus(string query)
    {
        var page = await _http.GetStringAsync("/hypotheses" + query);

        Assert.DoesNotContain("role=\"status\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("reset by the admin", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Your session expired", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnchangedRating_IsSaidInTheMatrixsOwnIds()
    {
        var page = await _http.GetStringAsync("/hypotheses?unchanged=manpower&for=spoiler");

        Assert.Contains("<p class=\"saved\" role=\"status\">Unchanged (shipped): the rating of manpower for spoiler was already the one asked.</p>", page, StringComparison.Ordinal);
    }
}
