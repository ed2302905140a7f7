using Compatibility.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace Compatibility.Api.Tests.Logging;

/// <summary>
/// Captures every log record, at every level, while the API serves realistic traffic, and fails if any
/// patient data (request bodies, INCI text, product names, routine content) appears in them.
/// </summary>
public sealed class LogHygieneTests : IDisposable
{
    private const string SecretProductName = PatientData.ProductName;
    private const string SecretInci = PatientData.Inci;

    private readonly WebApplicationFactory<Program> _factory = new DevServerFactory().WithWebHostBuilder(b =>
        b.ConfigureLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddFakeLogging()));

    [Fact]
    public async Task No_request_content_reaches_the_logs()
    {
        var client = _factory.CreateClient();
        foreach (var (path, json) in PatientData.Requests())
        {
            using var response = await client.PostAsync(path, HttpAssert.Json(json));
            Assert.True((int)response.StatusCode < 500, $"{path} answered {response.StatusCode}");
        }

        using var calendarRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/plan")
        {
            Content = HttpAssert.Json($$"""
                {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},
                 "products":[{"ref":"a","name":"{{SecretProductName}}","inci":"{{SecretInci}}"}]}
                """),
        };
        calendarRequest.Headers.Add("Accept", "text/calendar");
        using var calendar = await client.SendAsync(calendarRequest);
        Assert.Equal(System.Net.HttpStatusCode.OK, calendar.StatusCode);

        var records = _factory.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var text = record.Message + " " + record.Exception + " " + string.Join(" ", record.StructuredState?.Select(s => s.Value) ?? []);
            Assert.DoesNotContain("Zephyrine", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Quixotriol", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Retinol", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Hyaluronate", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    public void Dispose() => _factory.Dispose();
}
