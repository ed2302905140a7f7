using Compatibility.Api;
using Compatibility.Api.Features.Check;
using Compatibility.Api.Features.Health;
using Compatibility.Api.Features.Ingredients;
using Compatibility.Api.Features.Plan;
using Compatibility.Api.Features.Protocols;
using Compatibility.Api.Features.Routines;

namespace Compatibility.DevServer;

/// <summary>
/// Maps the Functions app's HTTP routes onto the same handlers. A test compares this map with the
/// functions' <c>HttpTrigger</c> attributes (route, method, authorization level) so the two cannot drift.
/// </summary>
public static class DevServerEndpoints
{
    public static IEndpointRouteBuilder MapCompatibilityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);

        api.MapGet(ApiRoutes.Health, (HealthHandler h) => h.Handle());
        api.MapPost(ApiRoutes.AnalyzeIngredients, (HttpRequest r, AnalyzeIngredientsHandler h, CancellationToken ct) => h.HandleAsync(r, ct));
        api.MapGet(ApiRoutes.Ingredients, (HttpRequest r, SearchIngredientsHandler h) => h.Handle(r));
        api.MapGet(ApiRoutes.Ingredient, (string id, GetIngredientHandler h) => h.Handle(id));
        api.MapPost(ApiRoutes.Check, (HttpRequest r, CheckHandler h, CancellationToken ct) => h.HandleAsync(r, ct));
        api.MapPost(ApiRoutes.RoutineCheck, (HttpRequest r, RoutineCheckHandler h, CancellationToken ct) => h.HandleAsync(r, ct));
        api.MapPost(ApiRoutes.Plan, (HttpRequest r, PlanHandler h, CancellationToken ct) => h.HandleAsync(r, ct));
        api.MapGet(ApiRoutes.Protocols, (ProtocolsHandler h) => h.List());
        api.MapGet(ApiRoutes.Protocol, (string id, ProtocolsHandler h) => h.Get(id));

        return app;
    }

    /// <summary>Marks a route as function-key protected, as <c>AuthorizationLevel.Function</c> is in Azure.</summary>
    public static RouteHandlerBuilder RequireFunctionKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new FunctionKeyRequired()).AddEndpointFilter<FunctionKeyFilter>();
}
