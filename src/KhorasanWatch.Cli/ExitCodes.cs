namespace KhorasanWatch.Cli;

/// <summary>The process exit codes, a contract for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work was done but some input rows were rejected.</summary>
    public const int RowsRejected = 1;

    /// <summary>Bad usage, or an input or store that cannot be read.</summary>
    public const int BadInput = 2;
}
