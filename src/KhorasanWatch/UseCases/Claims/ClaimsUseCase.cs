using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Estimates;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Claims;

/// <summary>
/// The estimates register as a reader asks it: the latest version of every claim with where the
/// sources disagree, one claim's versions, and a subject's figures over time combined by grade.
/// </summary>
public sealed class ClaimsUseCase(WatchReader reader, Hosting.KhorasanWatchOptions options, TimeProvider clock)
{
    /// <summary>Imports a claims CSV or JSON file; bad rows are rejected with a reason, good rows kept. Rows that name no owner get <paramref name="owner"/>, else the configured one.</summary>
    public ClaimImportReport Import(string path, string? owner = null, System.Text.Encoding? encoding = null)
    {
        using var store = reader.OpenWritable();
        return ClaimImporter.Import(path, store, owner ?? DefaultOwner(store), clock, encoding);
    }

    /// <summary>Adds a claim, or corrects one (other content under an existing key is its next version); the problems name the fields.</summary>
    public (ClaimSave? Save, IReadOnlyList<(string Field, string Problem)> Problems) Add(IReadOnlyDictionary<string, string?> fields, string origin)
    {
        using var store = reader.OpenWritable();
        return ClaimImporter.Add(fields, store, DefaultOwner(store), origin, clock);
    }

    /// <summary>Who owns a claim that names no owner: the acting user's organisation in a store with users, else the configured owner.</summary>
    private string DefaultOwner(IWatchStore store) => store.Viewer.Organisation ?? options.Owner;

    public static readonly string[] SeriesPeriods = ["year", "quarter", "month"];

    /// <summary>The latest version of every claim (about <paramref name="subject"/> when given), and where they disagree.</summary>
    public ClaimList List(string? subject = null)
    {
        using var store = reader.OpenStore();
        var about = RequestValues.Blank(subject)?.Trim();
        var claims = store.Claims(about);
        return new ClaimList(about, claims, ClaimDisagreements.Find(claims));
    }

    /// <summary>Every version of one claim, oldest first; an unknown key is refused.</summary>
    public IReadOnlyList<ClaimVersion> History(string key)
    {
        using var store = reader.OpenStore();
        var history = store.ClaimHistory(key.Trim());
        return history.Count > 0 ? history : throw new ProblemException(ProblemCodes.NotFound, "{the_store} has no claim '{0}' in its register", key.Trim());
    }

    /// <summary>A subject's figures per period, combined by grade; a subject without figures is refused, naming those with.</summary>
    public ClaimSeriesResult Series(string subject, PeriodKind by = PeriodKind.Year, GradeWeights? weights = null)
    {
        var name = subject.Trim();
        using var store = reader.OpenStore();
        var register = store.Claims();
        if (!register.Any(c => c.Subject == name && c.IsNumeric))
        {
            var subjects = WithFigures(register);
            throw new ProblemException(
                ProblemCodes.NotFound, "no claim about '{0}' has a figure (subjects with figures: {1})", name, subjects.Count == 0 ? "none" : string.Join(", ", subjects));
        }

        return ClaimSeries.Build(register, name, by, weights ?? GradeWeights.Default);
    }

    /// <summary>The subjects that have figures, for a host to offer, in alphabetical order.</summary>
    public IReadOnlyList<string> SubjectsWithFigures()
    {
        using var store = reader.OpenStore();
        return [.. WithFigures(store.Claims()).Order(StringComparer.Ordinal)];
    }

    /// <summary>The subjects of <paramref name="register"/> that have a figure, in the register's order.</summary>
    private static List<string> WithFigures(IReadOnlyList<Claim> register) => [.. register.Where(c => c.IsNumeric).Select(c => c.Subject).Distinct()];

    /// <summary>A period of a series: year, quarter or month.</summary>
    public static PeriodKind SeriesPeriod(string? text) =>
        Enum.Parse<PeriodKind>(RequestValues.OneOf(text, "by", "year", SeriesPeriods), ignoreCase: true);
}

/// <summary>The register's latest claims (about <see cref="Subject"/> when set) and where they disagree.</summary>
public sealed record ClaimList(string? Subject, IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimDisagreement> Disagreements);
