using Compatibility.Api;
using Compatibility.Api.Telemetry;
using Compatibility.Core.Catalogue;
using Compatibility.Functions.Http;
using Compatibility.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace Compatibility.Functions;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpEdgeMiddleware>();
        builder.Services.AddCompatibilityApi(builder.Configuration);
        builder.Services.AddCatalogue(builder.Configuration);
        builder.Services.AddFunctionsTelemetry(builder.Configuration);
        var host = builder.Build();

        // Load the catalogue at start so the first invocation does not pay for it (cold start); the metrics from
        // then on, so the catalogue's age is reported before the first check.
        host.Services.GetRequiredService<ICatalogueProvider>();
        host.Services.GetRequiredService<ApiMetrics>();
        host.Run();
    }
}
