using KhorasanWatch.UseCases;

namespace KhorasanWatch.Tests.UseCases;

public sealed class GenerationMemoTests
{
    [Fact]
    public void AQuestionAskedAgain_InTheSameGeneration_IsAnsweredOnce()
    {
        var memo = new GenerationMemo<string>();
        var computed = 0;

        var first = memo.Get("a.db", 3, "q", () => $"answer {++computed}");
        var again = memo.Get("a.db", 3, "q", () => $"answer {++computed}");

        Assert.Equal(("answer 1", "answer 1", 1), (first, again, computed));
    }

    [Fact]
    public void ANewGeneration_OrAnotherStore_ForgetsEveryAnswer()
    {
        var memo = new GenerationMemo<string>();
        var computed = 0;
        memo.Get("a.db", 3, "q", () => $"{++computed}");

        Assert.Equal("2", memo.Get("a.db", 4, "q", () => $"{++computed}"));
        Assert.Equal("3", memo.Get("b.db", 4, "q", () => $"{++computed}"));
        Assert.Equal("4", memo.Get("a.db", 4, "q", () => $"{++computed}")); // b.db's generation replaced a.db's
    }

    [Fact]
    public void ItKeepsAtMostItsCapacity_DroppingTheOldestFirst()
    {
        var memo = new GenerationMemo<string>();
        for (var i = 0; i <= GenerationMemo<string>.Capacity; i++)
        {
            memo.Get("a.db", 1, $"q{i}", () => $"{i}");
        }

        Assert.Equal("recomputed", memo.Get("a.db", 1, "q0", () => "recomputed")); // the oldest was dropped for q16
        Assert.Equal("2", memo.Get("a.db", 1, "q2", () => "recomputed")); // q1 made room for q0 again; q2 is kept
    }

    [Fact]
    public void AFailedComputation_IsNotRemembered()
    {
        var memo = new GenerationMemo<string>();

        Assert.Throws<InvalidOperationException>(() => memo.Get("a.db", 1, "q", () => throw new InvalidOperationException()));

        Assert.Equal("ok", memo.Get("a.db", 1, "q", () => "ok"));
    }
}
