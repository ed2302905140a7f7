using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Compatibility.Api.Telemetry;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Compatibility.Functions;

/// <summary>
/// OpenTelemetry for the isolated worker, as the Functions quickstarts wire it: the worker's invocation spans (requests),
/// the Azure SDK's spans (Table Storage dependencies), the service's own meter (verdicts, catalogue age) and the ILogger
/// logs, exported to Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set. Application Insights
/// has local auth off, so the exporter signs in with the app's managed identity (<c>DefaultAzureCredential</c>, which
/// <c>AZURE_CLIENT_ID</c> points at the user-assigned one), as the catalogue's storage client does.
/// </summary>
public static class FunctionsTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Azure SDK clients emit their spans on ActivitySources <c>Azure.*</c> only with this switch on.</summary>
    public const string AzureSdkActivitySwitch = "Azure.Experimental.EnableActivitySource";

    public static IOpenTelemetryBuilder AddFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        AppContext.SetSwitch(AzureSdkActivitySwitch, true);
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource("Azure.*"))
            .WithMetrics(metrics => metrics.AddMeter(ApiMetrics.MeterName));
        if (!string.IsNullOrEmpty(configuration[ConnectionStringSetting]))
        {
            telemetry.UseAzureMonitorExporter(options => options.Credential = new DefaultAzureCredential());
        }

        return telemetry;
    }
}
