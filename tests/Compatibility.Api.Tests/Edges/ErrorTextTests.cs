using System.Net;
using System.Text.Json;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Aftercare;
using Compatibility.Functions.Protocols;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Edges;

/// <summary>Error messages quote client ids cut short; a cut never falls inside a surrogate pair (which JSON would write as U+FFFD).</summary>
public sealed class ErrorTextTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private const string Moon = "\U0001F319"; // two UTF-16 units

    private readonly FunctionHost _functions = new();

    [Fact]
    public async Task DevServer_protocol_404_keeps_the_pair_whole()
    {
        // 99 letters then the moon: the 100-character cut falls between its two halves.
        var id = new string('p', 99) + Moon + "tail";
        var response = await factory.CreateClient().GetAsync("/api/v1/protocols/" + Uri.EscapeDataString(id));

        var detail = (await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound, "id")).GetProperty("detail").GetString()!;
        AssertWholePairs(detail);
        Assert.Contains($"'{new string('p', 99)}…'", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevServer_sku_404_and_duplicate_ref_messages_keep_pairs_whole()
    {
        var cut = new string('S', 39) + Moon;
        var body = Check("2026-11-21T10:00:00+01:00", BySku("a", cut + "-MORE"), Inline(cut + "r", "Aqua"), Inline(cut + "r", "Aqua"));
        var response = await factory.CreateClient().PostAsync("/api/v1/check", HttpAssert.Json(body.ToJsonString()));

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "products[2].ref")).GetProperty("errors");
        AssertWholePairs(errors.GetProperty("products[2].ref")[0].GetString()!);
        var sku = errors.GetProperty("products[0].sku")[0].GetString()!;
        AssertWholePairs(sku);
        Assert.Contains($"'{new string('S', 39)}…'", sku, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Functions_protocol_404_keeps_the_pair_whole()
    {
        var request = _functions.Request("GET");
        var (status, _, body) = await FunctionHost.ExecuteAsync(_functions.Create<GetProtocolFunction>().Run(request, new string('p', 99) + Moon), request);

        Assert.Equal(404, status);
        AssertWholePairs(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task Functions_sku_404_keeps_the_pair_whole()
    {
        var request = _functions.Request("POST", Check("2026-11-21T10:00:00+01:00", BySku("a", new string('S', 39) + Moon + "X")).ToJsonString());
        var (status, _, body) = await FunctionHost.ExecuteAsync(await _functions.Create<CheckFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(404, status);
        AssertWholePairs(JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("products[0].sku")[0].GetString()!);
    }

    private static void AssertWholePairs(string text)
    {
        Assert.DoesNotContain('\uFFFD', text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), $"unpaired high surrogate at {i} in '{text}'");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), $"unpaired low surrogate at {i} in '{text}'");
            }
        }
    }

    public void Dispose() => _functions.Dispose();
}
