using System.Text;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Estimates;

/// <summary>
/// Brings claims into the register from a CSV or JSON file, or from one command line, through the
/// one parser (<see cref="ClaimFields"/>). Bad rows are rejected with their file, line, field and
/// reason and the good rows are kept; a row whose <c>relays</c> names a claim neither among the
/// file's good rows nor in the store is rejected, as is a second row with a key the file already
/// used. Saving is the store's: the same claim again changes nothing, other content is a new version.
/// </summary>
public static class ClaimImporter
{
    /// <summary>Imports <paramref name="path"/>, read as strict UTF-8 unless <paramref name="encoding"/> says otherwise (Latin-1).</summary>
    public static ClaimImportReport Import(string path, IClaimStore store, string defaultOwner, TimeProvider clock, Encoding? encoding = null)
    {
        var isJson = ClaimJsonRows.Looks(path);
        var rows = isJson ? ClaimJsonRows.Read(path, encoding) : ClaimCsvRows.Read(path, encoding);
        var problems = rows.ToDictionary(r => r, r => r.ReadProblems.ToList());
        var claims = new Dictionary<ClaimRow, Claim>();
        var firstRowOfKey = new Dictionary<string, ClaimRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !r.Unreadable))
        {
            var (claim, parseProblems) = ClaimFields.Parse(row.Fields, defaultOwner);
            problems[row].AddRange(parseProblems);
            if (row.Key is { } key && !firstRowOfKey.TryAdd(key, row))
            {
                problems[row].Add(("key", $"'{key}' is already in this file at {firstRowOfKey[key].Place}"));
            }

            if (claim is not null && problems[row].Count == 0)
            {
                claims[row] = claim;
            }
        }

        RejectBrokenRelays(claims, problems, firstRowOfKey, store.Claims().Select(c => c.Id).ToHashSet(StringComparer.Ordinal));

        var recordedAt = clock.GetUtcNow();
        var saves = rows.Where(claims.ContainsKey).Select(row => (Row: row, Save: store.SaveClaim(claims[row], row.Origin(path), recordedAt))).ToList();
        var rejects = rows.Where(r => !claims.ContainsKey(r)).SelectMany(r => problems[r].Select(p => new RowIssue(path, r.Line, p.Field, p.Problem))).ToList();
        int Count(string outcome) => saves.Count(s => s.Save.Outcome == outcome);
        return new ClaimImportReport(
            path,
            isJson ? "json" : "csv",
            rows.Count,
            Count("added"),
            Count("corrected"),
            Count("unchanged"),
            rows.Count - saves.Count,
            rejects,
            saves.Where(s => s.Save.Outcome == "corrected").Select(s => new ClaimCorrection(claims[s.Row].Id, s.Save.Version)).ToList());
    }

    /// <summary>
    /// Saves one claim given as named fields (<c>kwatch claims add</c>). Returns the save, or the
    /// problems — the same as an imported row would have — and saves nothing.
    /// </summary>
    public static (ClaimSave? Save, IReadOnlyList<(string Field, string Problem)> Problems) Add(
        IReadOnlyDictionary<string, string?> fields, IClaimStore store, string defaultOwner, string origin, TimeProvider clock)
    {
        var (claim, problems) = ClaimFields.Parse(fields, defaultOwner);
        if (claim is null)
        {
            return (null, problems);
        }

        if (RelayProblem(claim, id => store.ClaimHistory(id).Count > 0, _ => null, "is not a claim in the register") is { } relay)
        {
            return (null, [("relays", relay)]);
        }

        return (store.SaveClaim(claim, origin, clock.GetUtcNow()), []);
    }

    /// <summary>
    /// Rejects relays of claims that will not be in the register; repeated, because rejecting one
    /// row can orphan a row that relays it.
    /// </summary>
    private static void RejectBrokenRelays(
        Dictionary<ClaimRow, Claim> claims, Dictionary<ClaimRow, List<(string, string)>> problems, Dictionary<string, ClaimRow> rowOfKey, HashSet<string> stored)
    {
        while (true)
        {
            var good = claims.Values.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var broken = claims
                .Select(c => (Row: c.Key, Problem: RelayProblem(c.Value, id => good.Contains(id) || stored.Contains(id), id => rowOfKey.GetValueOrDefault(id)?.Place, "is neither a claim in this file nor in the register")))
                .Where(c => c.Problem is not null)
                .ToList();
            if (broken.Count == 0)
            {
                return;
            }

            foreach (var (row, problem) in broken)
            {
                problems[row].Add(("relays", problem!)); // Filtered to rows with a problem.
                claims.Remove(row);
            }
        }
    }

    /// <summary>Why <paramref name="claim"/>'s relay cannot stand, or null: it names itself, or a claim <paramref name="known"/> does not hold.</summary>
    private static string? RelayProblem(Claim claim, Func<string, bool> known, Func<string, string?> rejectedAt, string unknown) =>
        claim.Relays is not { } original ? null
        : original == claim.Id ? "a claim cannot relay itself"
        : known(original) ? null
        : rejectedAt(original) is { } place ? $"'{original}' was rejected at {place} of this file"
        : $"'{original}' {unknown}";
}
