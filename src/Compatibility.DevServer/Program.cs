using Compatibility.Api;
using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Compatibility.DevServer;
using Compatibility.Storage.Configuration;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Same port and prefix as `func start`, unless --urls / ASPNETCORE_URLS say otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:7071");
}

builder.Services.AddCompatibilityApi(builder.Configuration);
builder.Services.AddCatalogue(builder.Configuration);
builder.Services.AddOpenApi(o =>
{
    o.CreateSchemaReferenceId = SourceListSchema.ReferenceId;
    o.AddDocumentTransformer<ApiDocumentInfo>().AddDocumentTransformer<HeadOperationsOmitted>().AddDocumentTransformer<ProblemResponsesDocumented>()
        .AddOperationTransformer<PlanJsonResponse>().AddSchemaTransformer<SourceListSchema>();
});
builder.Services.AddOptions<FunctionKeyOptions>().Bind(builder.Configuration.GetSection(FunctionKeyOptions.SectionName));

var app = builder.Build();

// Load the catalogue before the first request, not during it.
app.Services.GetRequiredService<ICatalogueProvider>();
if (string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<FunctionKeyOptions>>().Value.FunctionKey))
{
    DevServerLog.AdminDisabled(app.Logger, app.Environment.EnvironmentName);
}

// Headers, limits and failures as in the Functions app (HttpEdge); then a problem for every empty error answer the
// server makes itself (unknown route 404, wrong method 405), so no error has an empty body.
var edge = app.Services.GetRequiredService<HttpEdge>();
app.Use((context, next) => edge.InvokeAsync(context, () => next(context)));
app.UseStatusCodePages(context => Problems.ForStatus(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
app.MapCompatibilityApi();

// The generated document, outside /api and only in Development: the tests compare it with the committed
// docs/openapi.json, which is what both hosts serve everywhere.
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi("/openapi/{documentName}.json");
}

// The interactive API reference for integrators, over the committed document both hosts serve. Scalar's script is
// embedded in its package (served from /api-reference/scalar.js), so the page works offline; no telemetry, no proxy.
app.MapScalarApiReference("/api-reference", o => o
    .WithTitle("Compatibility API reference")
    .WithOpenApiRoutePattern("/" + ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi)
    .DisableTelemetry());
app.Run();

/// <summary>Entry point, public so tests can host the DevServer in memory.</summary>
public partial class Program;
