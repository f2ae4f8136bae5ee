using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources.Acled;
using KhorasanWatch.Sources.Gtd;
using KhorasanWatch.Sources.Ucdp;

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
        ISourceFile file = IsXlsx(path) ? XlsxSourceFile.Open(path) : CsvSourceFile.Open(path, encoding);
        try
        {
            var detected = source ?? Detect(file.Columns)
                ?? throw new SourceFormatException(path, 1, "not a known format: the header matches none of ACLED, UCDP GED or GTD (use --source to say which)");
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

    private static bool IsXlsx(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var stream = SourceFiles.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return stream.Read(magic) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }
}
