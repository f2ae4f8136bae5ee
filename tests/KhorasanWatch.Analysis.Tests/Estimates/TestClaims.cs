using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Analysis.Tests.Estimates;

/// <summary>Claims for tests, read through <see cref="ClaimFields"/> as any input is, so that a test states only what it is about.</summary>
internal static class TestClaims
{
    public static Claim Of(
        string id,
        double? value = null,
        double? low = null,
        double? high = null,
        string? unit = "fighters",
        string refersTo = "2021",
        string grade = "B2",
        string subject = "manpower",
        string? relays = null,
        string reported = "2021-06-01",
        string? reading = null)
    {
        string? Text(double? x) => x?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (claim, problems) = ClaimFields.Parse(
            new Dictionary<string, string?>
            {
                ["key"] = id,
                ["subject"] = subject,
                ["statement"] = $"Claim {id}.",
                ["value"] = Text(value),
                ["low"] = Text(low),
                ["high"] = Text(high),
                ["unit"] = (value ?? low ?? high) is null ? null : unit,
                ["refers_to"] = refersTo,
                ["reported"] = reported,
                ["source_title"] = $"Source of {id}",
                ["grade"] = grade,
                ["relays"] = relays,
                ["reading"] = reading,
            },
            "test");
        Assert.Empty(problems);
        return claim!; // No problems, so a claim.
    }
}
