namespace KhorasanWatch.Reporting.Html;

/// <summary>
/// The report's one stylesheet, inline. On paper the TLP banners are fixed to the top and bottom of
/// every page and the page table's header and footer rows reserve their space on every page, so
/// text never runs under them; on screen they stand at the top and the end of the document.
/// Ligatures are off so that text copied or extracted from the PDF reads "fight", not "ﬁght".
/// Any word may break (overflow-wrap: anywhere), so a source's 3,000-character word wraps instead
/// of widening the page.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        @page { size: A4; margin: 10mm 14mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; overflow-wrap: anywhere; font-variant-ligatures: none; font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; background: #fff; }
        .tlp { position: fixed; left: 0; right: 0; height: 9mm; display: flex; align-items: center; justify-content: center; background: #fff; z-index: 10; }
        .tlp span { background: #000; font-weight: bold; font-size: 12pt; padding: 1mm 4mm; letter-spacing: 0.02em; }
        .tlp-top { top: 0; }
        .tlp-bottom { bottom: 0; }
        table.page { width: 100%; border-collapse: collapse; }
        table.page > thead > tr > td, table.page > tfoot > tr > td { height: 11mm; padding: 0; }
        table.page > tbody > tr > td { padding: 0; }
        main { max-width: 180mm; margin: 0 auto; padding: 0 4mm; }
        h1 { font-size: 19pt; margin: 2mm 0 1mm; }
        h2 { font-size: 13.5pt; margin: 7mm 0 2mm; border-bottom: 1.5px solid #0072B2; padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
        .subtitle { color: #444; margin: 0 0 3mm; }
        .tlp-note { font-size: 9pt; color: #444; border-left: 3px solid #000; padding-left: 3mm; }
        ol.key-points > li { margin-bottom: 2.5mm; break-inside: avoid; }
        .confidence { display: block; color: #444; font-size: 9.5pt; }
        .likelihood { font-weight: bold; }
        figure { margin: 3mm 0; break-inside: avoid; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: 9pt; color: #444; }
        table.data { border-collapse: collapse; margin: 2mm 0; font-size: 9.5pt; break-inside: auto; }
        table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 0.8mm 2.5mm; text-align: left; vertical-align: top; }
        table.data td.n, table.data th.n { text-align: right; font-variant-numeric: tabular-nums; }
        table.data tr { break-inside: avoid; }
        table.keep { break-inside: avoid; }
        @media screen { .tlp { position: static; } }
        .trend-up { color: #D55E00; font-weight: bold; }
        .trend-down { color: #0072B2; font-weight: bold; }
        .no-data { color: #777; font-style: italic; }
        .level-alert { color: #fff; background: #D55E00; padding: 0 1.5mm; }
        .level-warning { color: #000; background: #E69F00; padding: 0 1.5mm; }
        .level-watch { color: #000; background: #F0E442; padding: 0 1.5mm; }
        sup.fn a { text-decoration: none; color: #0072B2; font-size: 8pt; }
        ol.footnotes { font-size: 8.5pt; padding-left: 7mm; }
        ol.footnotes ul { margin: 0 0 2mm; padding-left: 4mm; }
        ol.footnotes p { margin: 1.5mm 0 0.5mm; }
        .ids { word-break: break-all; color: #555; }
        code { font-size: 8.5pt; }
        """;
}
