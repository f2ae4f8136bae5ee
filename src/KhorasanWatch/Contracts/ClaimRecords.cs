using System.Globalization;
using System.Text.Json.Serialization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Storage;
using static KhorasanWatch.Contracts.EventCodes;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// A claim of the estimates register as every host writes it (<c>claims list</c>, <c>claims show</c>,
/// the API); the field names are a contract (docs/report.md, "The estimates register") and read
/// back by <c>claims import</c>.
/// </summary>
public record ClaimRecord(
    string Id,
    int Version,
    string Subject,
    string Statement,
    double? Value,
    double? Low,
    double? High,
    string? Unit,
    string RefersTo,
    string Reported,
    ClaimSourceRecord Source,
    string Grade,
    string Reliability,
    int Credibility,
    string Owner,
    string Tlp,
    string? Relays,
    string? Notes,
    string? Reading)
{
    public static ClaimRecord Of(Claim c) => new(c);

    protected ClaimRecord(Claim c)
        : this(
            c.Id,
            c.Version,
            c.Subject,
            c.Statement,
            Finite(c.Value),
            Finite(c.Low),
            Finite(c.High),
            c.Unit,
            c.RefersTo.Text,
            c.Reported.Text,
            new ClaimSourceRecord(c.Source.Title, c.Source.Publisher, c.Source.Reference, Day(c.Source.Accessed)),
            c.Grade.ToString(),
            c.Grade.Reliability.ToString(),
            c.Grade.Credibility,
            c.Owner,
            c.Tlp.Code(),
            c.Relays,
            c.Notes,
            c.Reading)
    {
    }

    /// <summary>When a version was recorded, in UTC to the second.</summary>
    public static string Recorded(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}

/// <summary>Where a claim was published.</summary>
public sealed record ClaimSourceRecord(string Title, string? Publisher, string? Reference, string? Accessed);

/// <summary>A version of a claim: its fields, then when and from what it was recorded.</summary>
public sealed record ClaimVersionRecord : ClaimRecord
{
    public ClaimVersionRecord(ClaimVersion version)
        : base(version.Claim)
    {
        RecordedAt = Recorded(version.RecordedAt);
        Origin = version.Origin;
    }

    [JsonPropertyOrder(1)]
    public string RecordedAt { get; }

    [JsonPropertyOrder(1)]
    public string Origin { get; }
}

/// <summary><c>claims list --format json</c> and <c>GET /api/v1/claims</c>: the latest version of each claim and where they disagree.</summary>
public sealed record ClaimListRecord(IReadOnlyList<ClaimRecord> Claims, IReadOnlyList<ClaimDisagreementRecord> Disagreements)
{
    public static ClaimListRecord Of(IReadOnlyList<Claim> claims, IReadOnlyList<ClaimDisagreement> disagreements) =>
        new([.. claims.Select(ClaimRecord.Of)], [.. disagreements.Select(d => new ClaimDisagreementRecord(d.Kind, d.First.Id, d.Second.Id, d.Statement))]);
}

/// <summary>Two claims that disagree: how, and the sentence that says so.</summary>
public sealed record ClaimDisagreementRecord(string Kind, string First, string Second, string Statement);

/// <summary><c>claims show KEY --format json</c> and <c>GET /api/v1/claims/{key}</c>: every version of one claim, oldest first.</summary>
public sealed record ClaimHistoryRecord(string Id, IReadOnlyList<ClaimVersionRecord> Versions)
{
    public static ClaimHistoryRecord Of(IReadOnlyList<ClaimVersion> history) =>
        new(history[0].Claim.Id, [.. history.Select(v => new ClaimVersionRecord(v))]);
}
