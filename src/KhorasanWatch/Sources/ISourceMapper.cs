namespace KhorasanWatch.Sources;

/// <summary>Maps one source row to an event. Pure: the column positions are resolved once, from the header.</summary>
public interface ISourceMapper
{
    MapResult Map(SourceRow row);
}
