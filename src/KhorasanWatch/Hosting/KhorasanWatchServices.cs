using KhorasanWatch.Storage;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Backtests;
using KhorasanWatch.UseCases.Claims;
using KhorasanWatch.UseCases.Data;
using KhorasanWatch.UseCases.Events;
using KhorasanWatch.UseCases.Geo;
using KhorasanWatch.UseCases.Hypotheses;
using KhorasanWatch.UseCases.Indicators;
using KhorasanWatch.UseCases.Ingest;
using KhorasanWatch.UseCases.Overview;
using KhorasanWatch.UseCases.Reports;
using KhorasanWatch.UseCases.Warnings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhorasanWatch.Hosting;

/// <summary>The one composition root: every host (the CLI, the web server) and the tests wire the library through it.</summary>
public static class KhorasanWatchServices
{
    public static IServiceCollection AddKhorasanWatch(this IServiceCollection services, Action<KhorasanWatchOptions> configure) =>
        services.AddKhorasanWatch((_, options) => configure(options));

    /// <summary>The options made when first needed, from the host's services (its configuration, read after every source of it is in).</summary>
    public static IServiceCollection AddKhorasanWatch(this IServiceCollection services, Action<IServiceProvider, KhorasanWatchOptions> configure)
    {
        services.AddSingleton(provider =>
        {
            var options = new KhorasanWatchOptions();
            configure(provider, options);
            return options;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStoreFactory, StoreFactory>();
        services.TryAddSingleton<IActingUser, ConfiguredActingUser>();
        services.AddSingleton<WatchReader>();
        services.AddSingleton<EventsUseCase>();
        services.AddSingleton<IndicatorsUseCase>();
        services.AddSingleton<WarningsUseCase>();
        services.AddSingleton<DataUseCase>();
        services.AddSingleton<OverviewUseCase>();
        services.AddSingleton<ReportUseCase>();
        services.AddSingleton<IngestUseCase>();
        services.AddSingleton<GeoUseCase>();
        services.AddSingleton<BacktestUseCase>();
        services.AddSingleton<ClaimsUseCase>();
        services.AddSingleton<HypothesesUseCase>();
        services.AddSingleton<UseCases.Coalition.UsersUseCase>();
        services.AddSingleton<UseCases.Coalition.AuditUseCase>();
        return services;
    }
}
