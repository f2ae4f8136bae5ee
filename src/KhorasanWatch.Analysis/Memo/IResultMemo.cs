namespace KhorasanWatch.Analysis.Memo;

/// <summary>
/// Results already computed, by the digest of everything they read (<see cref="ResultDigest"/>):
/// a computation that finds its digest takes the bytes instead of running again. Because the digest
/// covers every input and the code that computes, a result found is the result the computation
/// would give; a memo can be stale only by missing, never by answering another question.
/// </summary>
public interface IResultMemo
{
    /// <summary>The bytes kept under <paramref name="digest"/>, or null.</summary>
    byte[]? Find(string digest);

    /// <summary>Keeps <paramref name="result"/> under <paramref name="digest"/> (a memo that only reads may ignore it).</summary>
    void Keep(string digest, byte[] result);
}
