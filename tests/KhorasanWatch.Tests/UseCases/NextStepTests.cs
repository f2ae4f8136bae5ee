using KhorasanWatch.Analysis.Formats;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.Tests.Sources;

namespace KhorasanWatch.Tests.UseCases;

/// <summary>The library's refusals carry the step that helps as data, and say it in no host's syntax: each host words it.</summary>
public sealed class NextStepTests
{
    [Fact]
    public void AMissingStore_SuggestsLoadingEvents_WithoutACommandLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"kw-missing-{Guid.NewGuid():N}.db");

        var e = Assert.Throws<StoreException>(() => new SqliteStoreFactory().OpenExisting(missing));

        Assert.Equal(NextStep.LoadEvents, e.Suggested);
        Assert.Equal($"{missing}: no such store", e.Stated);
        Assert.Equal($"{missing}: no such store (load events into it first)", e.Message);
        Assert.DoesNotContain("kwatch", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileASourceCouldRead_SuggestsThatSource_WithoutAnOption()
    {
        using var file = TempFile.WithText("id,year,country,type_of_violence\n1,2020,Afghanistan,3\n");

        var e = Assert.Throws<SourceFormatException>(() => SourceFormats.Open(file.Path, null, Gazetteer.Default));

        Assert.Equal(NextStep.ReadAsSource("ucdp"), e.Suggested);
        Assert.EndsWith("it has the columns ucdp needs at the least, so it would read as ucdp", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--source", e.Message, StringComparison.Ordinal);
    }
}
