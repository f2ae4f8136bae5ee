using KhorasanWatch.Analysis.Forecasting;

namespace KhorasanWatch.Analysis.Tests.Forecasting;

public sealed class ForecastModelTests
{
    [Fact]
    public void TheFormerModel_HasTheGammaPoissonClosedForm()
    {
        // Four attacks in twelve months: P(at least one in three) = 1 − (12 / 15)^(4 + ½).
        int[] history = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0];

        Assert.Equal(1 - Math.Pow(12.0 / 15, 4.5), ForecastModels.GammaPoisson.Predict(history, 3).AtLeast(1), 9);
    }

    [Fact]
    public void TheFormerModel_IsWiderThanAPoissonAtTheObservedRate()
    {
        var history = Enumerable.Repeat(1, 12).ToArray();

        Assert.True(ForecastModels.GammaPoisson.Predict(history, 3).AtLeast(7) > Predictive.Poisson(3).AtLeast(7));
    }

    [Fact]
    public void Climatology_IsTheShareOfPastSpans()
    {
        // Windows of three months over [2, 0, 0, 0, 1, 0]: sums 2, 0, 1, 1, three of four with one or
        // more; Jeffreys' half an independent span (3/2 spans) each way → (3 + 1.5) / (4 + 3).
        var climatology = ForecastModels.Climatology.Predict([2, 0, 0, 0, 1, 0], 3);
        Assert.Equal(4.5 / 7, climatology.AtLeast(1), 12);
        Assert.Equal(2.5 / 7, climatology.AtLeast(2), 12);
        Assert.Equal(1.5 / 7, climatology.AtLeast(3), 12); // More than any span held: the prior's half span alone.
    }

    [Fact]
    public void Climatology_GivesAnEventNoSpanHeld_AChance()
    {
        // 60 quiet months, spans of six: 55 spans, none with an attack → 3 / (55 + 6), not zero.
        Assert.Equal(3.0 / 61, ForecastModels.Climatology.Predict(new int[60], 6).AtLeast(1), 12);
    }

    [Fact]
    public void TheDispersion_IsReadFromTheHistory()
    {
        // Negative binomial months, mean 3 and size 2: φ = 1/2.
        var random = new Random(3);
        var history = Enumerable.Range(0, 3000).Select(_ => Draws.NegativeBinomial(random, 3, 2)).ToArray();

        Assert.InRange(NegativeBinomialModel.Dispersion(history), 0.4, 0.6);
        Assert.Equal(0, NegativeBinomialModel.Dispersion(Enumerable.Range(0, 3000).Select(_ => Draws.Poisson(random, 3)).ToArray()), 1);
    }

    [Fact]
    public void TheSelfExcitingFit_FindsExcitationWhereThereIsSome_AndNoneWhereThereIsNot()
    {
        var random = new Random(7);
        var excited = Draws.SelfExciting(random, 600, omega: 0.6, alpha: 0.5, beta: 0.2);
        var poisson = Enumerable.Range(0, 600).Select(_ => Draws.Poisson(random, 2)).ToArray();

        var fit = SelfExcitingModel.Fit(excited);

        Assert.InRange(fit.Alpha / (1 - fit.Beta), 0.45, 0.9);
        Assert.True(SelfExcitingModel.Fit(poisson).Alpha <= 0.1, "a Poisson history shows no excitation");
    }

    [Fact]
    public void AfterACampaign_TheSelfExcitingModelExpectsMoreThanTheLongRunMean()
    {
        var random = new Random(11);
        var history = Draws.SelfExciting(random, 300, omega: 0.5, alpha: 0.6, beta: 0.1).Concat([12, 15]).ToArray();

        Assert.True(ForecastModels.SelfExciting.Predict(history, 1).Mean > ForecastModels.NegativeBinomial.Predict(history, 1).Mean * 1.5);
    }

    [Fact]
    public void TheLocalLevel_FollowsARateThatMoved_WhereTheExpandingMeanDoesNot()
    {
        var random = new Random(5);
        var history = Enumerable.Range(0, 60).Select(_ => Draws.Poisson(random, 1)).Concat(Enumerable.Range(0, 24).Select(_ => Draws.Poisson(random, 6))).ToArray();

        Assert.InRange(ForecastModels.LocalLevel.Predict(history, 3).Mean, 13, 23);
        Assert.True(ForecastModels.NegativeBinomial.Predict(history, 3).Mean < 10);
    }

    [Fact]
    public void MonthsTheDataDoNotCover_WidenTheModelsThatCarryAState()
    {
        var random = new Random(2);
        // A campaign that rises and falls: both models find a state to carry (a drift, an excitation).
        var history = Enumerable.Range(0, 60).Select(m => Draws.Poisson(random, 1 + (8 * Math.Exp(-((m - 40) * (m - 40)) / 50.0)))).ToArray();

        foreach (var model in new[] { ForecastModels.LocalLevel, ForecastModels.SelfExciting })
        {
            Assert.True(model.Predict(history, 3, lead: 6).Variance > model.Predict(history, 3).Variance, model.Id);
        }

        // A steady Poisson history has no state: a penalised fit finds no walk, so no months widen it.
        var steady = Enumerable.Range(0, 60).Select(_ => Draws.Poisson(random, 2)).ToArray();
        Assert.Equal(ForecastModels.LocalLevel.Predict(steady, 3).Variance, ForecastModels.LocalLevel.Predict(steady, 3, lead: 6).Variance, 9);
    }

    [Fact]
    public void TheSameHistory_GivesTheSameSimulatedForecast() =>
        Assert.Equal(
            ForecastModels.SelfExciting.Predict([1, 0, 3, 2, 0, 0, 1, 4, 2, 1, 0, 2], 3).AtLeast(4),
            ForecastModels.SelfExciting.Predict([1, 0, 3, 2, 0, 0, 1, 4, 2, 1, 0, 2], 3).AtLeast(4));
}
