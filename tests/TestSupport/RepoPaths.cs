namespace KhorasanWatch.TestSupport;

/// <summary>Where the repository, its samples and the shared real data are, seen from a test.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The shared data folder beside the repository, or null when this machine does not have it.</summary>
    public static string? SharedData =>
        Directory.Exists(Path.Combine(Root, "..", "shared", "data")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "data")) : null;

    /// <summary>A file in the shared data, or a skip with the reason when it is absent.</summary>
    public static string RequireShared(string relative)
    {
        var folder = SharedData;
        Assert.SkipWhen(folder is null, "../shared/data is absent on this machine; this test reads real data from it and is skipped.");
        var path = Path.Combine(folder!, relative); // SkipWhen returned, so folder is set
        Assert.SkipUnless(File.Exists(path), $"{path} is absent; this test reads it and is skipped.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KhorasanWatch.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (KhorasanWatch.slnx not found above " + AppContext.BaseDirectory + ").");
    }
}
