namespace KhorasanWatch.Storage;

/// <summary>Saved analysis-of-competing-hypotheses matrices: every save is a new version, with what changed and when.</summary>
public interface IMatrixStore
{
    /// <summary>Saves the matrix's next version under <paramref name="marking"/> (unmarked when null): its number is the next of all versions, whoever may read them.</summary>
    int SaveMatrix(string name, string json, string change, DateTimeOffset savedAt, Coalition.Marking? marking = null);

    /// <summary>The latest saved version of the matrix that the reader may see, or null when there is none.</summary>
    SavedMatrix? LatestMatrix(string name);

    /// <summary>One saved version of the matrix, or null when that version is not saved or the reader may not see it.</summary>
    SavedMatrix? MatrixVersion(string name, int version);
}
