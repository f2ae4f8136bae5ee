using System.Globalization;
using System.Text.RegularExpressions;

namespace KhorasanWatch.UseCases;

/// <summary>
/// A question the library refuses, as data: a stable <see cref="Code"/> and a one-line message. In
/// its template, parameters are written <c>{from}</c>, <c>{as_of}</c>, … so each host spells them its
/// own way (the CLI's <c>--from</c>, the API's <c>from</c>) and the other words are the same everywhere;
/// <c>{the_store}</c> names the store and <c>{ingest}</c> says how it gets events. The user's own
/// values are <c>{0}</c>, <c>{1}</c>, … filled in after, so no value is ever read as a parameter.
/// </summary>
public sealed partial record Problem(string Code, string Template, IReadOnlyList<string> Values)
{
    /// <summary>The message with each <c>{parameter}</c> spelt by <paramref name="spell"/> and each <c>{n}</c> the n-th value, in one pass.</summary>
    public string Describe(Func<string, string> spell) =>
        Token().Replace(Template, m => int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? Values[i] : spell(m.Groups[1].Value));

    [GeneratedRegex(@"\{([a-z_]+|[0-9]+)\}")]
    private static partial Regex Token();
}

/// <summary>A refused question (<see cref="Problem"/>); its message spells parameters by their bare names.</summary>
public sealed class ProblemException(Problem problem) : Exception(problem.Describe(p => p))
{
    public Problem Problem { get; } = problem;

    public ProblemException(string code, string template, params string[] values)
        : this(new Problem(code, template, values))
    {
    }
}

/// <summary>The problems' codes: what a host maps to an exit code or an HTTP status.</summary>
public static class ProblemCodes
{
    /// <summary>A value the user gave that is not valid (a date that is not one, an unknown province).</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>A range or store the data do not cover: answering would print zeros nobody recorded.</summary>
    public const string NotCovered = "not_covered";

    /// <summary>No such event, or a store without the events asked for.</summary>
    public const string NotFound = "not_found";

    /// <summary>A store with users asked by a reader it does not know (no user named, or an unknown one).</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>A user whose role does not allow what was asked (a viewer writing).</summary>
    public const string Forbidden = "forbidden";
}
