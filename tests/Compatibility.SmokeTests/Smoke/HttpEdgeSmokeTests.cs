using System.Net;
using System.Text;
using Compatibility.SmokeTests.Hosting;

namespace Compatibility.SmokeTests.Smoke;

/// <summary>The HTTP edges as a deployment shows them: HEAD, security headers, a quoted charset, duplicate members.</summary>
[Collection(SmokeCollection.Name)]
public sealed class HttpEdgeSmokeTests(SmokeTarget target)
{
    [Fact]
    public async Task Health_answers_HEAD_without_a_body_and_carries_the_security_headers()
    {
        using var head = await target.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("health", UriKind.Relative)));
        Assert.True(head.StatusCode == HttpStatusCode.OK, $"{target.Description}: {await Api.DescribeAsync(head)}");
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        using var get = await target.Client.GetAsync(new Uri("health", UriKind.Relative));
        Assert.Contains("nosniff", get.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(get.Headers.CacheControl?.NoStore, $"{target.Description}: health lacks Cache-Control: no-store");
        Assert.DoesNotContain("lastRefreshError", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_utf8_charset_is_accepted_and_a_duplicate_member_refused()
    {
        var quoted = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"inci":"Aqua, Glycerin"}"""));
        quoted.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=\"utf-8\"");
        using var accepted = await target.Client.PostAsync(new Uri("v1/ingredients/analyze", UriKind.Relative), quoted);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, $"{target.Description}: {await Api.DescribeAsync(accepted)}");

        var twice = new StringContent("""{"inci":"Squalane, Retinol","INCI":"Aqua"}""", Encoding.UTF8, "application/json");
        using var refused = await target.Client.PostAsync(new Uri("v1/ingredients/analyze", UriKind.Relative), twice);
        await BadRequestSmokeTests.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "INCI");
    }
}
