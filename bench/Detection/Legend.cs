namespace Detection;

/// <summary>What the columns of <see cref="Tables"/> mean, printed under them.</summary>
internal static class Legend
{
    public const string Text = """
        Legend. Delays are in periods (months or weeks), from the change up to and including the alarm: an
        alarm in the first changed period is a delay of 1. "± x" is a 95 % interval (1.96 standard errors).
        The over-dispersed model is negative binomial with size r = λ0 (variance twice the mean at baseline);
        the change multiplies the mean and keeps r. k, h: the CUSUM's reference value and threshold.
        ARL0 exact / ARL1 exact: its Markov-chain average run length on baseline / changed counts from S = 0.
        alarms/yr: alarms a year on the long in-control series (the CUSUM restarts at 0 after each alarm; the
        naive rule counts every period it fires). KL: information per period, E_changed[log p_changed/p_baseline].
        optimum: log(ARL0)/KL with the nominal ARL0 (60 months or 260 weeks), the first-order asymptotic delay of
        the best rule with that false-alarm rate; finite-ARL0 delays can fall below it, and below 1 period it
        cannot be reached. CUSUM delay: mean delay with S = 0 at the change (the CUSUM's worst case); ratio:
        CUSUM delay / optimum; within 20 %: yes when the ratio is 0.8 to 1.2, else whether the CUSUM was faster
        or slower. running delay: the CUSUM runs from the start of the series and the change comes after two
        years; series with a false alarm before the change are left out (share shown).
        Naive rule: a period alarms when its count is > 0 and ≥ m × the mean of the previous year (12 months or
        52 weeks); a year of baseline counts precedes the change. (seen): share of changes alarmed within five
        years; a missed change counts as five years, so "≥" marks a mean that is a lower bound. Equal false
        alarms, two ways: the CUSUM recalibrated (smallest h) to at most the naive 2× rule's alarm rate, and the
        naive m recalibrated (smallest m) to at most the five-year CUSUM's exact rate. speed-up: naive delay /
        CUSUM delay; "≥" when the naive mean is a lower bound, "≈" when the CUSUM also missed some changes.
        """;
}
