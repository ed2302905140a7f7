using System.Net;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Fuzzing;

/// <summary>Bodies the request fuzzer (benchmarks/Compatibility.Fuzz) found answered with a 500; each must be a 400.</summary>
public sealed class FuzzRegressionTests : IClassFixture<DevServerFactory>
{
    private const string Products =
        """[{"ref":"ha","name":"HA","category":"serum","inci":"Aqua (Water), Sodium Hyaluronate, Glycerin"}]""";

    private readonly DevServerFactory _factory;

    public FuzzRegressionTests(DevServerFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/api/v1/plan", $$"""{"procedure":{"type":"microneedling","performedAt":"9999-12-31T23:59:59Z"},"products":{{Products}}}""")]
    [InlineData("/api/v1/plan", $$"""{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","PERFORMEDAT":"9999-12-31T23:59:59Z"},"products":{{Products}}}""")]
    [InlineData("/api/v1/check", $$"""{"procedure":{"type":"microneedling","performedAt":"9999-12-31T23:59:59Z"},"at":"9999-12-31T23:59:59Z","products":{{Products}}}""")]
    [InlineData("/api/v1/routines/check", $$"""{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"products":{{Products}},"steps":[{"product":"ha","at":"9999-12-31T23:59:59Z"}]}""")]
    public async Task Dates_at_the_end_of_the_calendar_are_a_bad_request(string path, string body)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync(path, HttpAssert.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
