namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>A coalition of two for the tests: fin (admin1, its admin; ana, an analyst) and est (eve, an analyst), both in the community.</summary>
internal static class TwoOrganisations
{
    /// <summary>Adds them to the store <paramref name="db"/> through the CLI, the users as the admin; every call must succeed.</summary>
    public static void Add(string db)
    {
        string[][] calls =
        [
            ["org", "add", "fin", "--name", "FIN", "--country", "FIN"],
            ["org", "add", "est", "--name", "EST", "--country", "EST"],
            ["user", "add", "admin1", "--org", "fin", "--role", "admin"],
            ["user", "add", "ana", "--org", "fin", "--role", "analyst", "--as", "admin1"],
            ["user", "add", "eve", "--org", "est", "--role", "analyst", "--as", "admin1"],
        ];
        foreach (var args in calls)
        {
            var run = CliRun.Of([.. args, "--db", db]);
            Assert.True(run.ExitCode == 0, $"kwatch {string.Join(' ', args)}: {run.Error}");
        }
    }
}
