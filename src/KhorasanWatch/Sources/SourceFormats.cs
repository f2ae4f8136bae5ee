using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources.Acled;
using KhorasanWatch.Sources.Gtd;
using KhorasanWatch.Sources.Ucdp;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Sources;

/// <summary>
/// Opens a source file and chooses its mapper, from <c>--source</c> when given, else by sniffing
/// the header: ACLED has <c>event_date</c> and <c>actor1</c>; UCDP GED <c>side_a</c> or
/// <c>type_of_violence</c> with <c>best</c> or <c>date_start</c>; GTD <c>eventid</c> and <c>iyear</c>.
/// </summary>
public static class SourceFormats
{
    public sealed record Opened(ISourceFile File, EventSource Source, ISourceMapper Mapper) : IDisposable
    {
        public void Dispose() => File.Dispose();
    }

    public static Opened Open(string path, EventSource? source, Gazetteer gazetteer, Encoding? encoding = null)
    {
        var kind = Sniff(path);
        if (kind is not (Xlsx or null))
        {
            throw new SourceFormatException(path, null, $"is {kind}, not an event file: ACLED, UCDP GED and GTD exports are CSV (GTD also XLSX). Boundaries (GeoJSON), claims and ACH matrices are loaded by their own import verbs");
        }

        ISourceFile file = kind == Xlsx ? XlsxSourceFile.Open(path) : CsvSourceFile.Open(path, encoding);
        try
        {
            var detected = source ?? Detect(file.Columns) ?? throw Unknown(path, file.Columns);
            if (MissingColumn(detected, file.Columns) is { } missing)
            {
                throw new SourceFormatException(path, 1, $"the header has no {missing} column, which {detected.Code()} files need");
            }

            var mapper = MapperFor(detected, file.Columns, gazetteer);
            return new Opened(file, detected, mapper);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The first column, or choice of columns, that the format needs and the header lacks. Without
    /// them every row would be rejected, so a file forced with --source is refused whole instead.
    /// </summary>
    public static string? MissingColumn(EventSource source, ColumnMap columns)
    {
        string[][] required = source switch
        {
            EventSource.Acled => [["event_date"], ["country", "iso"]],
            EventSource.Ucdp => [["date_start", "year"], ["country"], ["side_a", "type_of_violence"]],
            _ => [["iyear"], ["country_txt"]],
        };
        foreach (var choice in required)
        {
            if (columns.Find(choice) < 0)
            {
                return string.Join(" or ", choice);
            }
        }

        return null;
    }

    /// <summary>
    /// The columns a format can be read without but whose figures are then unknown: a file without
    /// them is loaded, with one warning per column naming what is not recorded.
    /// </summary>
    public static IReadOnlyList<(string Column, string Consequence)> MissingFigures(EventSource source, ColumnMap columns)
    {
        const string Deaths = "no row of this file records deaths: they are not recorded, never counted as zero";
        (string[] Names, string Consequence)[] essential = source switch
        {
            EventSource.Acled => [(["fatalities"], Deaths), (["event_type"], "no row records the kind of event: each is of an unrecorded kind (other), none read as a battle, explosion or attack on civilians by its type")],
            EventSource.Ucdp => [(["best", "best_est"], Deaths), (["type_of_violence"], "no row records the type of violence: each event is of an unrecorded kind (other), not read as a battle or as one-sided violence")],
            _ => [(["nkill"], Deaths), (["gname"], "no row names the perpetrator group: no event of this file can be attributed to a watched actor")],
        };
        return essential.Where(e => columns.Find(e.Names) < 0).Select(e => (e.Names[0], e.Consequence)).ToList();
    }

    public static EventSource? Detect(ColumnMap columns) =>
        GtdMapper.Recognises(columns) ? EventSource.Gtd
        : AcledMapper.Recognises(columns) ? EventSource.Acled
        : UcdpMapper.Recognises(columns) ? EventSource.Ucdp
        : null;

    public static ISourceMapper MapperFor(EventSource source, ColumnMap columns, Gazetteer gazetteer) => source switch
    {
        EventSource.Acled => new AcledMapper(columns, gazetteer),
        EventSource.Ucdp => new UcdpMapper(columns, gazetteer),
        EventSource.Gtd => new GtdMapper(columns, gazetteer),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>What each format's header must hold to be recognised, as <see cref="Detect"/> checks it.</summary>
    private const string Expected = "ACLED (event_date and actor1, with event_id_cnty, data_id or event_type), UCDP GED (side_a or type_of_violence, with best, date_start or deaths_a) and GTD (eventid and iyear)";

    /// <summary>Why a header is none of the formats: what it holds, what each expects, and the source that would read it, if one would.</summary>
    private static SourceFormatException Unknown(string path, ColumnMap columns)
    {
        var names = columns.Names;
        var shown = string.Join(", ", names.Take(8).Select(n => $"'{(n.Length > 30 ? n[..30] + "…" : n)}'")) + (names.Count > 8 ? $" and {names.Count - 8} more" : "");
        var readable = new[] { EventSource.Acled, EventSource.Ucdp, EventSource.Gtd }.Where(s => MissingColumn(s, columns) is null).Select(s => s.Code()).ToList();
        var problem = $"not a known format: the header's {names.Count} columns ({shown}) match none of {Expected}";
        return readable.Count > 0
            ? new SourceFormatException(path, 1, $"{problem}; it has the columns {string.Join(" or ", readable)} needs at the least", NextStep.ReadAsSource(readable[0]))
            : new SourceFormatException(path, 1, problem);
    }

    private const string Xlsx = "a workbook";

    /// <summary>
    /// What the file is, by its name and first bytes: <see cref="Xlsx"/> for a workbook (.xlsx, or a
    /// zip), else JSON, a PDF or a gzip-compressed file (none an event file), else null: text to
    /// read as CSV.
    /// </summary>
    private static string? Sniff(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Xlsx;
        }

        using var stream = SourceFiles.OpenRead(path);
        Span<byte> head = stackalloc byte[512];
        var bytes = head[..stream.Read(head)];
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return Xlsx;
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return "a PDF";
        }

        if (bytes.StartsWith(new byte[] { 0x1F, 0x8B }))
        {
            return "a gzip-compressed file (decompress it first)";
        }

        bytes = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && bytes[first] is (byte)'{' or (byte)'[' ? "JSON" : null;
    }
}
