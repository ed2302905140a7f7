using Compatibility.Api.Features.Admin;
using Compatibility.Api.Features.Check;
using Compatibility.Api.Features.Health;
using Compatibility.Api.Features.OpenApi;
using Compatibility.Api.Features.Plan;
using Compatibility.Api.Features.Protocols;
using Compatibility.Api.Features.Routines;
using Compatibility.Core.Checking;
using Compatibility.Core.Planning;
using Compatibility.Core.Routines;
using Compatibility.Api.Features.Ingredients;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Api.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Compatibility.Api;

/// <summary>Registers the handlers and what they need but the catalogue; called by the Functions app and the DevServer alike.</summary>
public static class CompatibilityApiServiceCollectionExtensions
{
    public static IServiceCollection AddCompatibilityApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddSingleton<OpenApiDocumentHandler>();

        // The catalogue (ICatalogueProvider) and the admin store (ICatalogueAdminStore) are the host's to add: the
        // handlers need only those ports (Core), the hosts compose them with the storage adapter (AddCatalogue).
        services.AddAdminApi();

        // Metrics of the service's own (verdicts, catalogue age); exported where a host wires OpenTelemetry (the Functions app).
        services.AddMetrics();
        services.AddSingleton<ApiMetrics>();

        services.AddSingleton<JsonBody>();
        services.AddSingleton<Features.Aftercare.AftercareRequests>();
        services.AddSingleton<HttpEdge>();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(KestrelLimits.Configure);
        services.AddSingleton<HealthHandler>();
        services.AddSingleton<AnalyzeIngredientsHandler>();
        services.AddSingleton<GetIngredientHandler>();
        services.AddSingleton<SearchIngredientsHandler>();
        services.AddSingleton<CheckHandler>();
        services.AddSingleton<RoutineCheckHandler>();
        services.AddSingleton<PlanHandler>();
        services.AddSingleton<Compatibility.Api.Features.Prepare.PrepareHandler>();
        services.AddSingleton<ProtocolsHandler>();

        // The rules engine is pure: built once from the embedded conflict rules.
        services.AddSingleton(ConflictRulesLoader.LoadEmbedded());
        services.AddSingleton<CheckEngine>();
        services.AddSingleton<RoutineChecker>();
        services.AddSingleton<AftercareCalendarWriter>();
        return services;
    }
}
