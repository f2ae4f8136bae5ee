using System.Globalization;
using System.Text;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Writes SVG elements with escaped text and numbers rounded to 0.1 px in the invariant culture,
/// so the same chart is always the same bytes. A number that is not finite is a bug in the
/// caller's layout and throws rather than reaching the page as "NaN".
/// </summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _svg = new();

    public SvgBuilder(double width, double height, string label)
    {
        var (w, h) = (Num(width), Num(height));
        _svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{Escape(label)}\" ")
            .Append(CultureInfo.InvariantCulture, $"font-family=\"{ChartStyle.FontFamily}\" fill=\"{ChartStyle.Text}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(label)}</title>\n");
    }

    public void OpenGroup(string name) => _svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{name}\">\n");

    public void CloseGroup() => _svg.Append("</g>\n");

    /// <summary>Text; a <paramref name="halo"/> outlines it in white so lines it crosses do not cut through the glyphs.</summary>
    public void Text(double x, double y, string text, double size, string anchor = "start", string fill = ChartStyle.Text, string? rotate = null, bool halo = false) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Num(x)}\" y=\"{Num(y)}\" font-size=\"{Num(size)}\" text-anchor=\"{anchor}\" fill=\"{fill}\"")
            .Append(rotate is null ? "" : $" transform=\"rotate({rotate} {Num(x)} {Num(y)})\"")
            .Append(halo ? " stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"" : "")
            .Append(CultureInfo.InvariantCulture, $">{Escape(text)}</text>\n");

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Num(x1)}\" y1=\"{Num(y1)}\" x2=\"{Num(x2)}\" y2=\"{Num(y2)}\" stroke=\"{stroke}\" stroke-width=\"{Num(width)}\"")
            .Append(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")
            .Append(" />\n");

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(width)}\" height=\"{Num(height)}\" fill=\"{fill}\"")
            .Append(stroke is null ? "" : $" stroke=\"{stroke}\" stroke-width=\"0.5\"")
            .Append(" />\n");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width) =>
        _svg.Append("<polyline points=\"")
            .AppendJoin(' ', points.Select(p => $"{Num(p.X)},{Num(p.Y)}"))
            .Append(CultureInfo.InvariantCulture, $"\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{Num(width)}\" stroke-linejoin=\"round\" />\n");

    public void Circle(double x, double y, double radius, string fill) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Num(x)}\" cy=\"{Num(y)}\" r=\"{Num(radius)}\" fill=\"{fill}\" />\n");

    /// <summary>A filled path with a hover title; <paramref name="data"/> is already formatted path data.</summary>
    public void Path(string data, string fill, string stroke, double strokeWidth, string title) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{data}\" fill=\"{fill}\" fill-rule=\"evenodd\" stroke=\"{stroke}\" stroke-width=\"{Num(strokeWidth)}\" stroke-linejoin=\"round\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title></path>\n");

    public override string ToString() => _svg + "</svg>\n";

    /// <summary>A coordinate rounded to 0.1 ("12.3", "7", never "-0").</summary>
    public static string Num(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A chart coordinate must be finite.");
        }

        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>A count as the report prints it: "1,234".</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Text made safe for both element content and double- or single-quoted attributes.</summary>
    public static string Escape(string text)
    {
        text = Html.HtmlText.Clean(text); // A source's controls and direction overrides, in a chart label too.
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
