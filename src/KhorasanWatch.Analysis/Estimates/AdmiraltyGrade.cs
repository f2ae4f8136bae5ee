namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// A NATO Admiralty grade: the source's reliability (A completely reliable, B usually reliable,
/// C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and, independently,
/// the information's credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful,
/// 5 improbable, 6 cannot be judged). Written "B2".
/// </summary>
public readonly record struct AdmiraltyGrade
{
    public AdmiraltyGrade(char reliability, int credibility)
    {
        reliability = char.ToUpperInvariant(reliability);
        if (reliability is < 'A' or > 'F')
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), $"Source reliability is A to F, not '{reliability}'.");
        }

        if (credibility is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(credibility), $"Information credibility is 1 to 6, not {credibility}.");
        }

        Reliability = reliability;
        Credibility = credibility;
    }

    public char Reliability { get; }

    public int Credibility { get; }

    public static bool TryParse(string? text, out AdmiraltyGrade grade)
    {
        var t = (text ?? "").Trim().Replace("/", "", StringComparison.Ordinal);
        if (t.Length == 2 && char.ToUpperInvariant(t[0]) is >= 'A' and <= 'F' && t[1] is >= '1' and <= '6')
        {
            grade = new AdmiraltyGrade(t[0], t[1] - '0');
            return true;
        }

        grade = default;
        return false;
    }

    public string ReliabilityMeaning => Reliability switch
    {
        'A' => "completely reliable",
        'B' => "usually reliable",
        'C' => "fairly reliable",
        'D' => "not usually reliable",
        'E' => "unreliable",
        _ => "reliability cannot be judged",
    };

    public string CredibilityMeaning => Credibility switch
    {
        1 => "confirmed by other sources",
        2 => "probably true",
        3 => "possibly true",
        4 => "doubtful",
        5 => "improbable",
        _ => "truth cannot be judged",
    };

    public override string ToString() => $"{Reliability}{Credibility}";
}
