using Compatibility.Api;
using Compatibility.Core.Catalogue;
using Compatibility.DevServer;
using Microsoft.AspNetCore.Routing.Matching;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Same port and prefix as `func start`, unless --urls / ASPNETCORE_URLS say otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:7071");
}

builder.Services.AddCompatibilityApi(builder.Configuration);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocumentInfo>().AddOperationTransformer<PlanJsonResponse>());
// The endpoints' Accepts metadata is for the OpenAPI document only. Routing would otherwise answer a non-JSON
// content type with its own 415 (no contract problem type, no detail) before the handler's 415, unlike the Functions host.
foreach (var policy in builder.Services.Where(d => d.ServiceType == typeof(MatcherPolicy) && d.ImplementationType?.Name == "AcceptsMatcherPolicy").ToList())
{
    builder.Services.Remove(policy);
}

builder.Services.AddOptions<FunctionKeyOptions>().Bind(builder.Configuration.GetSection(FunctionKeyOptions.SectionName));

var app = builder.Build();

// Load the catalogue before the first request, not during it.
app.Services.GetRequiredService<ICatalogueProvider>();
app.UseStatusCodePages();
app.MapCompatibilityApi();

// The generated document, outside /api: tests compare it with the committed docs/openapi.json that both hosts serve.
app.MapOpenApi("/openapi/{documentName}.json");

// The interactive API reference for integrators, over the committed document both hosts serve. Scalar's script is
// embedded in its package (served from /api-reference/scalar.js), so the page works offline; no telemetry, no proxy.
app.MapScalarApiReference("/api-reference", o => o
    .WithTitle("Compatibility API reference")
    .WithOpenApiRoutePattern("/" + ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi)
    .DisableTelemetry());
app.Run();

/// <summary>Entry point, public so tests can host the DevServer in memory.</summary>
public partial class Program;
