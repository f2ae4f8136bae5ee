namespace KhorasanWatch.Sources;

/// <summary>
/// An open source file: its header, and its data rows streamed one at a time, so memory does not
/// grow with the file. <see cref="Progress"/> is the fraction read so far, for progress bars.
/// </summary>
public interface ISourceFile : IDisposable
{
    ColumnMap Columns { get; }

    IEnumerable<SourceRow> Rows();

    double Progress { get; }
}
