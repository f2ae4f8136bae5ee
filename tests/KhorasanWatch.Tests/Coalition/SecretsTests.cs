using KhorasanWatch.Coalition;

namespace KhorasanWatch.Tests.Coalition;

public sealed class SecretsTests
{
    [Fact]
    public void APassword_ChecksAgainstItsHash_AndNoOther()
    {
        var stored = Secrets.HashPassword("correct horse battery", iterations: 1_000);

        Assert.StartsWith("pbkdf2-sha256$1000$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", stored, StringComparison.Ordinal);
        Assert.True(Secrets.CheckPassword("correct horse battery", stored));
        Assert.False(Secrets.CheckPassword("correct horse batterY", stored));
        Assert.NotEqual(stored, Secrets.HashPassword("correct horse battery", iterations: 1_000)); // a fresh salt each time
    }

    [Fact]
    public void TheDefaultCost_IsOwaspsForPbkdf2Sha256() =>
        Assert.StartsWith("pbkdf2-sha256$600000$", Secrets.HashPassword("a long enough one"), StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1$AAAAAAAAAAAAAAAAAAAAAA==$")] // an empty hash would match any password
    [InlineData("pbkdf2-sha256$2000000000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")] // a cost no sign-in can pay
    [InlineData("pbkdf2-sha256$1000$AA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")] // a salt too short
    public void AnUnreadableHash_ChecksNothing(string? stored) => Assert.False(Secrets.CheckPassword("anything at all", stored));

    [Fact]
    public void ATokenHas256RandomBits_AndIsFoundByItsHash()
    {
        var a = Secrets.NewToken();
        var b = Secrets.NewToken();

        Assert.Matches("^kwt_[A-Za-z0-9_-]{43}$", a);
        Assert.NotEqual(a, b);
        Assert.Equal(64, Secrets.HashToken(a).Length);
        Assert.Equal(Secrets.HashToken(a), Secrets.HashToken(a));
        Assert.NotEqual(Secrets.HashToken(a), Secrets.HashToken(b));
    }
}
