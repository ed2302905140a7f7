using Compatibility.Api;
using Compatibility.Core.Catalogue;
using Compatibility.DevServer;

var builder = WebApplication.CreateBuilder(args);

// Same port and prefix as `func start`, unless --urls / ASPNETCORE_URLS say otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:7071");
}

builder.Services.AddCompatibilityApi(builder.Configuration);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocumentInfo>());
builder.Services.AddOptions<FunctionKeyOptions>().Bind(builder.Configuration.GetSection(FunctionKeyOptions.SectionName));

var app = builder.Build();

// Load the catalogue before the first request, not during it.
app.Services.GetRequiredService<ICatalogueProvider>();
app.UseStatusCodePages();
app.MapCompatibilityApi();

// The generated document, outside /api: tests compare it with the committed docs/openapi.json that both hosts serve.
app.MapOpenApi("/openapi/{documentName}.json");
app.Run();

/// <summary>Entry point, public so tests can host the DevServer in memory.</summary>
public partial class Program;
