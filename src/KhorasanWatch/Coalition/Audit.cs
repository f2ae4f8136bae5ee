namespace KhorasanWatch.Coalition;

/// <summary>
/// One line of a store's audit log: who (the user, or the name a sign-in tried; empty for a
/// reader no one named), their organisation, when, what (the action — a verb such as
/// <c>events</c> or <c>ach rate</c>, a request such as <c>GET /events</c>, or <c>sign-in</c> — and
/// what it asked, <see cref="Detail"/>), how it ended and from where (<c>cli</c> with the
/// system's user, or <c>http</c> with the client's address). Entries are appended only: no path
/// of the product changes or removes one, and the store refuses it (docs/coalition.md, "Audit").
/// </summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string User, string Organisation, string Action, string Detail, string Outcome, string Origin);

/// <summary>How an audited request ended.</summary>
public static class AuditOutcomes
{
    /// <summary>Answered, or done.</summary>
    public const string Ok = "ok";

    /// <summary>Refused: not signed in, not allowed, or a mistake in what was asked (nothing was changed).</summary>
    public const string Refused = "refused";

    /// <summary>Started and stopped by a failure of the server or the store.</summary>
    public const string Failed = "failed";
}

/// <summary>Which entries to read: the newest first, at most <see cref="Limit"/>, from the start (00:00 UTC) of the day <see cref="Since"/> on, by one user or one action.</summary>
public sealed record AuditQuery(DateOnly? Since = null, string? User = null, string? Action = null, int Limit = 100);
