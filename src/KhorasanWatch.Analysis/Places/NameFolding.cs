using System.Globalization;
using System.Text;

namespace KhorasanWatch.Analysis.Places;

/// <summary>
/// Folds a place or actor name to a comparison key: lower case, diacritics dropped, and spaces,
/// hyphens, apostrophes, dots and other punctuation removed, so "Sar-e Pol", "Sare pol" and
/// "SAR-E-POL" meet. A trailing "province" or "district" is dropped by <see cref="FoldPlace"/>.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
        }

        return sb.ToString();
    }

    public static string FoldPlace(string text)
    {
        var folded = Fold(text);
        foreach (var suffix in (ReadOnlySpan<string>)["province", "district", "wilayat", "velayat"])
        {
            if (folded.Length > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return folded[..^suffix.Length];
            }
        }

        return folded;
    }
}
