using System.Net;
using Compatibility.SmokeTests.Hosting;

namespace Compatibility.SmokeTests.Smoke;

[Collection(SmokeCollection.Name)]
public sealed class HealthSmokeTests(SmokeTarget target)
{
    [Fact]
    public async Task Health_reports_a_loaded_catalogue_that_is_not_degraded()
    {
        using var response = await target.Client.GetAsync(new Uri("health", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{target.Description}: {await Api.DescribeAsync(response)}");

        var health = await Api.ReadObjectAsync(response);
        var catalogue = health["catalogue"]!;
        // Degraded means storage could not be read: in a fresh deployment that is a failed smoke test.
        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.False(catalogue["degraded"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(catalogue["version"]!.GetValue<string>()));
        Assert.True(catalogue["size"]!.GetValue<int>() > 100, "the catalogue should hold the seeded ingredients");
    }
}
