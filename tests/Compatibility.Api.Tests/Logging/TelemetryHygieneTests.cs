using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Compatibility.Api.Telemetry;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions;
using Compatibility.Functions.Aftercare;
using Compatibility.Storage.Snapshots;
using Compatibility.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Compatibility.Api.Tests.Logging;

/// <summary>
/// The log-hygiene test's requests, for traces and metrics: no span (of any source) and no metric tag carries request
/// content, while the service's own metrics say what they should (verdicts by verdict, catalogue age) and the Functions
/// worker's OpenTelemetry pipeline exports them with the Table Storage calls as dependency spans.
/// </summary>
[Collection(ProcessWideTelemetryCollection.Name)]
public sealed class TelemetryHygieneTests
{
    private const string Check = $$"""
        {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"at":"2026-11-21T10:00:00+01:00",
         "products":[{"ref":"a","name":"{{PatientData.ProductName}}","category":"serum","inci":"{{PatientData.Inci}}"},
                     {"ref":"b","name":"{{PatientData.ProductName}} Gel","category":"serum","inci":"Aqua, Sodium Hyaluronate"}]}
        """;

    [Fact]
    public async Task No_request_content_reaches_any_span_or_metric_and_checks_count_their_verdicts()
    {
        using var capture = new TelemetryCapture();
        using var factory = new DevServerFactory();
        var client = factory.CreateClient();
        foreach (var (path, json) in PatientData.Requests())
        {
            using var response = await client.PostAsync(path, HttpAssert.Json(json));
            Assert.True((int)response.StatusCode < 500, $"{path} answered {response.StatusCode}");
        }

        using var checkResponse = await client.PostAsync("/api/v1/check", HttpAssert.Json(Check));
        var answered = JsonNode.Parse(await checkResponse.Content.ReadAsStringAsync())!["products"]!.AsArray()
            .Select(p => p!["verdict"]!.GetValue<string>()).ToList();

        var (activities, measurements) = capture.Snapshot();
        AssertNoPatientData(activities.Select(TelemetryCapture.Describe).Concat(measurements.Select(m => m.Describe())));

        // This server's verdict counter: one measurement per checked product (one in the shared requests, two here), tagged
        // with the verdict the response gave and nothing else.
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var verdicts = measurements.Where(m => m.Instrument.Name == ApiMetrics.VerdictsInstrument && m.Instrument.Meter.Scope == meters).ToList();
        Assert.Equal(3, verdicts.Count);
        Assert.All(verdicts, m => Assert.Equal(1, m.Value));
        Assert.All(verdicts, m => Assert.Equal("verdict", Assert.Single(m.Tags).Key));
        Assert.Equal(["blocked", "allowed"], answered);
        Assert.Equal(["blocked", "allowed"], verdicts.TakeLast(2).Select(m => (string)m.Tags[0].Value!));

        var age = Assert.Single(measurements, m => m.Instrument.Name == ApiMetrics.CatalogueAgeInstrument && m.Instrument.Meter.Scope == meters);
        Assert.InRange(age.Value, 0, TimeSpan.FromHours(1).TotalSeconds);
        Assert.Equal(new KeyValuePair<string, object?>("catalogue.source", "embedded"), Assert.Single(age.Tags));
    }

    [Fact]
    public async Task The_worker_exports_verdicts_catalogue_age_and_table_storage_dependencies_without_request_content()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Catalogue:ConnectionString"] = azurite.ConnectionString,
            ["Catalogue:TablePrefix"] = "telemetry",
        };
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        using var host = new FunctionHost(
            services =>
            {
                services.AddFunctionsTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meter => meter.AddInMemoryExporter(metrics));
            },
            settings);
        Assert.True(AppContext.TryGetSwitch(FunctionsTelemetry.AzureSdkActivitySwitch, out var azureSpans) && azureSpans);
        var tracer = host.Services.GetRequiredService<TracerProvider>();
        var meter = host.Services.GetRequiredService<MeterProvider>();

        // The snapshot load reads the (here empty) catalogue tables: Table Storage calls as the refresh makes them.
        await host.Services.GetRequiredService<TableCatalogueProvider>().RefreshAsync(CancellationToken.None);
        var request = host.Request("POST", Check);
        var (status, _, body) = await FunctionHost.ExecuteAsync(await host.Create<CheckFunction>().Run(request, CancellationToken.None), request);
        Assert.True(status == 200, body);
        Assert.True(tracer.ForceFlush());
        Assert.True(meter.ForceFlush());

        var storageCalls = spans.Where(s => s.Kind == ActivityKind.Client && s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(storageCalls);
        Assert.Contains(storageCalls, s => s.TagObjects.Any(t => t.Key == "az.namespace" && (string?)t.Value == "Microsoft.Tables"));

        var verdicts = metrics.Last(m => m.Name == ApiMetrics.VerdictsInstrument).MetricPoints;
        Assert.Equal(["allowed", "blocked"], verdicts.Select(p => Tag(p, "verdict")).Order(StringComparer.Ordinal));
        Assert.All(verdicts, p => Assert.Equal(1, p.GetSumLong()));
        var age = Assert.Single(metrics.Last(m => m.Name == ApiMetrics.CatalogueAgeInstrument).MetricPoints);
        Assert.Equal(Compatibility.Core.Catalogue.CatalogueSnapshot.EmbeddedFallbackSource, Tag(age, "catalogue.source"));

        AssertNoPatientData(spans.Select(TelemetryCapture.Describe)
            .Concat(metrics.SelectMany(m => m.MetricPoints.Select(p => m.Name + " " + string.Join(" ", Tags(p))))));
    }

    private static void AssertNoPatientData(IEnumerable<string> exported)
    {
        var all = exported.ToList();
        Assert.NotEmpty(all);
        foreach (var text in all)
        {
            foreach (var marker in PatientData.Markers)
            {
                Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static string? Tag(MetricPoint point, string key) => Tags(point).Single(t => t.Key == key).Value as string;

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }
}
