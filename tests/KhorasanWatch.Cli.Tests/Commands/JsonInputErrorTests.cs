using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>A JSON input that cannot be read gets one line saying where and what, not the parser's message.</summary>
public sealed class JsonInputErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("geo", "boundaries.geojson", "foo,bar,baz\n1,2,3\n", "boundaries.geojson: line 1, byte 2: not valid JSON")]
    [InlineData("profile", "profile.json", "{\"actors\": {\"id\": 1}}", "profile.json: line 1, byte 13: the value at $.actors has the wrong type")]
    [InlineData("profile", "profile.json", "foo,bar\n1,2\n", "profile.json: line 1, byte 2: not valid JSON")]
    [InlineData("ach", "matrix.json", "foo,bar\n1,2\n", "matrix.json: line 1, byte 2: not valid JSON")]
    [InlineData("claims", "claims.json", "[{\"key\": ", "claims.json: line 1, byte 10: not valid JSON")]
    [InlineData("profile", "profile.json", "{}", "profile.json: line 1, byte 3: valid JSON, but required fields are missing: name, watched_actor, actors, targets")]
    public void AnUnreadableJsonFile_GivesOneLineWithWhereAndWhat(string verb, string name, string content, string expected)
    {
        var path = _temp.Write(name, content);
        var db = _temp.File("k.db");
        string[] args = verb switch
        {
            "geo" => ["geo", "import", path, "--db", db],
            "profile" => ["ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--profile", path, "--db", db],
            "claims" => ["claims", "import", path, "--db", db],
            _ => ["ach", "import", path, "--db", db],
        };

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(expected, line, StringComparison.Ordinal);
        Assert.StartsWith("kwatch: ", line, StringComparison.Ordinal);
    }
}
