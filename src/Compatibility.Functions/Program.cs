using Compatibility.Api;
using Compatibility.Core.Catalogue;
using Compatibility.Functions.Http;
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
        var host = builder.Build();

        // Load the catalogue at start so the first invocation does not pay for it (cold start).
        host.Services.GetRequiredService<ICatalogueProvider>();
        host.Run();
    }
}
