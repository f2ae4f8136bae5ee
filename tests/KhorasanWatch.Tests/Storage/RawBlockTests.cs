using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Tests.Storage;

public sealed class RawBlockTests
{
    [FsCheck.Xunit.Property]
    public Property PackThenUnpack_GivesBackEveryRowExactly(string[] rows)
    {
        var clean = rows.Select(r => r ?? "").ToArray();
        return RawBlock.Unpack(RawBlock.Pack(clean).Data).SequenceEqual(clean).ToProperty();
    }

    [Fact]
    public void ABlockOfSimilarRows_IsSmallerThanTheRows()
    {
        var rows = Enumerable.Range(0, 2000).Select(i => $"AFG{i},2021-08-26,2021,1,Political violence,Explosions/Remote violence,Suicide bomb,Islamic State Khorasan Province (ISKP)").ToArray();
        Assert.True(RawBlock.Pack(rows).Data.Length < rows.Sum(r => r.Length) / 4);
    }
}
