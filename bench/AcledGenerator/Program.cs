// Writes an ACLED-format export CSV for the ingest benchmark.
//   dotnet run -c Release --project bench/AcledGenerator -- OUT.csv ROWS [SEED] [ISKP_SHARE]
// ISKP_SHARE (default 0.034) is the share of Afghanistan's non-state perpetrators that are ISKP:
// 0.5 with 1,000,000 rows gives a store of about 300,000 ISKP events (bench/report-scale.sh).
// UTF-8 without BOM, LF line ends, RFC 4180 quoting, the 31 columns of a current ACLED export.
// The same ROWS and SEED always give the same bytes.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AcledGenerator;

if (args.Length is < 2 or > 4
    || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rows)
    || rows < 0)
{
    Console.Error.WriteLine("usage: AcledGenerator OUT.csv ROWS [SEED] [ISKP_SHARE]   (ROWS a whole number >= 0; SEED defaults to 1, ISKP_SHARE to 0.034)");
    return 2;
}

var seed = 1;
if (args.Length >= 3 && !int.TryParse(args[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
{
    Console.Error.WriteLine($"SEED '{args[2]}' is not a whole number");
    return 2;
}

var iskpShare = 0.034;
if (args.Length == 4 && (!double.TryParse(args[3], NumberStyles.Float, CultureInfo.InvariantCulture, out iskpShare) || iskpShare is < 0 or > 0.8))
{
    Console.Error.WriteLine($"ISKP_SHARE '{args[3]}' is not a number from 0 to 0.8");
    return 2;
}

var path = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
var clock = Stopwatch.StartNew();
var generator = new Generator(seed, iskpShare);
var row = new CharBuffer();

// Write to a temporary name and rename at the end, so an interrupted run never leaves a short file
// that looks complete.
var partial = path + ".partial";
using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.SequentialScan))
using (var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20))
{
    writer.Write(Generator.Header);
    writer.Write('\n');
    for (long i = 0; i < rows; i++)
    {
        row.Clear();
        generator.NextRow(row);
        writer.Write(row.Span);
    }
}

File.Move(partial, path, overwrite: true);
var bytes = new FileInfo(path).Length;
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {rows:N0} rows, {bytes / 1e6:F1} MB ({(rows > 0 ? (double)bytes / rows : 0):F0} bytes/row) to {path} in {clock.Elapsed.TotalSeconds:F1} s (seed {seed})"));
return 0;
