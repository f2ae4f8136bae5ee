namespace KhorasanWatch.Storage;

/// <summary>Saved analysis-of-competing-hypotheses matrices: every save is a new version, with what changed and when.</summary>
public interface IMatrixStore
{
    int SaveMatrix(string name, string json, string change, DateTimeOffset savedAt);

    /// <summary>The latest saved version of the matrix, or null when none is saved.</summary>
    SavedMatrix? LatestMatrix(string name);

    /// <summary>One saved version of the matrix, or null when that version is not saved.</summary>
    SavedMatrix? MatrixVersion(string name, int version);
}
