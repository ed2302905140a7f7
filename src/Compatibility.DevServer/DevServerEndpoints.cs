using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Compatibility.Api.Features.Check;
using Compatibility.Api.Features.Health;
using Compatibility.Api.Features.Ingredients;
using Compatibility.Api.Features.OpenApi;
using Compatibility.Api.Features.Plan;
using Compatibility.Api.Features.Prepare;
using Compatibility.Api.Features.Protocols;
using Compatibility.Api.Features.Routines;
using Compatibility.Core.Protocols;

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
        // Every GET route answers HEAD too (the functions list "head" beside "get"); the server sends no body for it.
        ((IEndpointConventionBuilder)api).Add(endpoint => endpoint.AlsoAnswerHead());

        // What each endpoint answers (statuses, bodies) comes from its handler's return type; here only names, summaries,
        // request bodies and the key check, which the Functions app declares in its triggers.
        api.MapGet(ApiRoutes.Health, (HealthHandler h) => h.Handle())
            .Describe("Health", "Public status: healthy or degraded, since when, and which catalogue serves; no internals.");
        api.MapGet(ApiRoutes.HealthDetail, (HealthHandler h) => h.Detail()).RequireFunctionKey()
            .Describe("HealthDetail", "The public status plus why the last refresh failed (key required).");
        api.MapPost(ApiRoutes.AnalyzeIngredients, (HttpRequest r, AnalyzeIngredientsHandler h, CancellationToken ct) => h.HandleAsync(r, ct))
            .Describe("AnalyzeIngredients", "Parses an INCI label and matches every entry against the catalogue.").JsonBody<AnalyzeRequest>();
        api.MapGet(ApiRoutes.Ingredients, (HttpRequest r, SearchIngredientsHandler h) => h.Handle(r))
            .Describe("SearchIngredients", "Search by INCI name, synonym or prefix; query q (required), skip, take (1-100).");
        api.MapGet(ApiRoutes.Ingredient, (HttpRequest r, string id, GetIngredientHandler h) => h.Handle(r, id))
            .Describe("GetIngredient", "One catalogue ingredient by id.");
        api.MapPost(ApiRoutes.Check, (HttpRequest r, CheckHandler h, CancellationToken ct) => h.HandleAsync(r, ct))
            .Describe("Check", "Products (a bundle) at one moment after a procedure: verdicts, allowedFrom, readyAt, conflicts.").JsonBody<CheckRequest>();
        api.MapPost(ApiRoutes.RoutineCheck, (HttpRequest r, RoutineCheckHandler h, CancellationToken ct) => h.HandleAsync(r, ct))
            .Describe("RoutineCheck", "A routine step by step: verdict per step, same-slot conflicts, next-session spacing.").JsonBody<RoutineCheckRequest>();
        api.MapPost(ApiRoutes.Plan, (HttpRequest r, PlanHandler h, CancellationToken ct) => h.HandleAsync(r, ct))
            .Describe("Plan", "Day-by-day aftercare timeline; Accept: text/calendar gives an iCalendar file, Accept: text/html the printable aftercare sheet.").JsonBody<PlanRequest>();
        api.MapPost(ApiRoutes.Prepare, (HttpRequest r, PrepareHandler h, CancellationToken ct) => h.HandleAsync(r, ct))
            .Describe("Prepare", "Before a planned procedure: which products to stop and when (stopAt), and the preparation advice.").JsonBody<PrepareRequest>();
        api.MapGet(ApiRoutes.Protocols, (ProtocolsHandler h) => h.List())
            .Describe("ListProtocols", "The protocols and which one is the default.");
        api.MapGet(ApiRoutes.Protocol, (HttpRequest r, string id, ProtocolsHandler h) => h.Get(r, id))
            .Describe("GetProtocol", "One protocol with every window, depth band, advice and source.");

        api.MapGet(ApiRoutes.OpenApi, (OpenApiDocumentHandler h) => h.Handle()).ExcludeFromDescription();

        // Admin: AuthorizationLevel.Function in the Functions app, the same key check here.
        api.MapPut(ApiRoutes.Ingredient, (HttpRequest r, string id, IngredientAdminHandler h, CancellationToken ct) => h.PutAsync(r, id, ct)).RequireFunctionKey()
            .Describe("PutIngredient", "Create or update an ingredient (If-Match for updates).").JsonBody<IngredientBody>();
        api.MapDelete(ApiRoutes.Ingredient, (HttpRequest r, string id, IngredientAdminHandler h, CancellationToken ct) => h.DeleteAsync(r, id, ct)).RequireFunctionKey()
            .Describe("DeleteIngredient", "Delete an ingredient (If-Match required).");
        api.MapPut(ApiRoutes.Protocol, (HttpRequest r, string id, ProtocolAdminHandler h, CancellationToken ct) => h.PutAsync(r, id, ct)).RequireFunctionKey()
            .Describe("PutProtocol", "Create or update a protocol (the protocol JSON; If-Match for updates).").JsonBody<Protocol>();
        api.MapDelete(ApiRoutes.Protocol, (HttpRequest r, string id, ProtocolAdminHandler h, CancellationToken ct) => h.DeleteAsync(r, id, ct)).RequireFunctionKey()
            .Describe("DeleteProtocol", "Delete a protocol (If-Match required).");
        api.MapGet(ApiRoutes.Product, (HttpRequest r, string sku, ProductAdminHandler h, CancellationToken ct) => h.GetAsync(r, sku, ct)).RequireFunctionKey()
            .Describe("GetProduct", "A stored product by SKU, with its ETag.");
        api.MapPut(ApiRoutes.Product, (HttpRequest r, string sku, ProductAdminHandler h, CancellationToken ct) => h.PutAsync(r, sku, ct)).RequireFunctionKey()
            .Describe("PutProduct", "Create or update a product (If-Match for updates).").JsonBody<ProductBody>();
        api.MapDelete(ApiRoutes.Product, (HttpRequest r, string sku, ProductAdminHandler h, CancellationToken ct) => h.DeleteAsync(r, sku, ct)).RequireFunctionKey()
            .Describe("DeleteProduct", "Delete a product (If-Match required).");

        return app;
    }

    /// <summary>Adds HEAD to a GET endpoint's methods; routing reads the last method metadata.</summary>
    private static void AlsoAnswerHead(this EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault();
        if (methods is not null && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
        }
    }

    /// <summary>OpenAPI name and summary; the operation id is the function's name.</summary>
    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string functionName, string summary) =>
        builder.WithName(functionName).WithSummary(summary);

    /// <summary>The JSON body the handler reads, for the OpenAPI document only (see <see cref="JsonRequestBody{T}"/>).</summary>
    private static RouteHandlerBuilder JsonBody<TRequest>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new JsonRequestBody<TRequest>());

    /// <summary>
    /// Marks a route as function-key protected, as <c>AuthorizationLevel.Function</c> is in Azure: the filter answers a
    /// missing or wrong key with 401 (declared here, where it is answered).
    /// </summary>
    public static RouteHandlerBuilder RequireFunctionKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new FunctionKeyRequired()).AddEndpointFilter<FunctionKeyFilter>().ProducesProblem(StatusCodes.Status401Unauthorized);
}
