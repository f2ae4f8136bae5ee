namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// Every model the backtest scores, baselines first. The baselines are the references of the
/// ViEWS prediction challenge and the report's former model: no attacks, the last month's count
/// as a Poisson rate, expanding climatology, the last twelve months resampled, and the gamma–Poisson
/// of the last twelve months. The forecasters: the negative binomial with the history's dispersion
/// (clustering within months), the self-exciting count model (clustering across months), and the
/// drifting-rate model.
/// </summary>
public static class ForecastModels
{
    public static readonly ForecastModel Zero = new ZeroModel();
    public static readonly ForecastModel LastObserved = new LastObservedModel();
    public static readonly ForecastModel Climatology = new ClimatologyModel();
    public static readonly ForecastModel Bootstrap = new BootstrapModel();
    public static readonly ForecastModel GammaPoisson = new GammaPoissonModel();
    public static readonly ForecastModel NegativeBinomial = new NegativeBinomialModel();
    public static readonly ForecastModel SelfExciting = new SelfExcitingModel();
    public static readonly ForecastModel LocalLevel = new LocalLevelModel();

    public static readonly IReadOnlyList<ForecastModel> All = [Zero, LastObserved, Climatology, Bootstrap, GammaPoisson, NegativeBinomial, SelfExciting, LocalLevel];

    /// <summary>
    /// The models a forecast may be made with: climatology (the fallback, so a model must beat it)
    /// and the models of a rate. The other baselines are references only: no attacks and the last
    /// month state certainties, and the resampled year gives no chance to what it did not see.
    /// </summary>
    public static readonly IReadOnlyList<ForecastModel> Candidates = [Climatology, GammaPoisson, NegativeBinomial, SelfExciting, LocalLevel];

    public static ForecastModel? Find(string id) => All.FirstOrDefault(m => m.Id == id);
}
