using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Compatibility.SmokeTests.Hosting;

namespace Compatibility.SmokeTests.Smoke;

/// <summary>
/// A product written, read, updated and deleted through the admin API with optimistic concurrency:
/// create → read with ETag → update with If-Match → a stale If-Match is refused (412) → delete.
/// Uses its own SKU per run and removes it, so it is safe against a shared staging catalogue.
/// </summary>
[Collection(SmokeCollection.Name)]
public sealed class AdminRoundTripSmokeTests(SmokeTarget target)
{
    [Fact]
    public async Task Product_round_trip_with_etags()
    {
        var sku = $"SMOKE-{Guid.NewGuid():N}"[..24].ToUpperInvariant();
        var path = $"v1/products/{sku}";
        try
        {
            // Create.
            using var create = Api.Json(HttpMethod.Put, path, Product("Smoke test serum", "Aqua, Glycerin, Sodium Hyaluronate"), target.FunctionKey);
            using var created = await target.Client.SendAsync(create);
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{target.Description}: create: {await Api.DescribeAsync(created)}");
            var createdTag = RequireETag(created);

            // Read: same ETag, same content.
            using var read = Api.Empty(HttpMethod.Get, path, target.FunctionKey);
            using var readResponse = await target.Client.SendAsync(read);
            Assert.True(readResponse.StatusCode == HttpStatusCode.OK, $"read: {await Api.DescribeAsync(readResponse)}");
            Assert.Equal(createdTag, RequireETag(readResponse));
            var stored = await Api.ReadObjectAsync(readResponse);
            Assert.Equal(sku, stored["sku"]!.GetValue<string>());
            Assert.Equal("Smoke test serum", stored["name"]!.GetValue<string>());

            // Update with the current ETag: accepted, new ETag.
            using var update = Api.Json(HttpMethod.Put, path, Product("Smoke test serum v2", "Aqua, Glycerin"), target.FunctionKey).IfMatch(createdTag);
            using var updated = await target.Client.SendAsync(update);
            Assert.True(updated.StatusCode == HttpStatusCode.OK, $"update: {await Api.DescribeAsync(updated)}");
            var updatedTag = RequireETag(updated);
            Assert.NotEqual(createdTag, updatedTag);

            // Update with the stale ETag: refused, nothing changes.
            using var stale = Api.Json(HttpMethod.Put, path, Product("Lost update", "Aqua"), target.FunctionKey).IfMatch(createdTag);
            using var refused = await target.Client.SendAsync(stale);
            Assert.True(refused.StatusCode == HttpStatusCode.PreconditionFailed, $"stale update: {await Api.DescribeAsync(refused)}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

            using var reread = Api.Empty(HttpMethod.Get, path, target.FunctionKey);
            using var rereadResponse = await target.Client.SendAsync(reread);
            Assert.Equal("Smoke test serum v2", (await Api.ReadObjectAsync(rereadResponse))["name"]!.GetValue<string>());
            Assert.Equal(updatedTag, RequireETag(rereadResponse));

            // Delete with the current ETag; then it is gone.
            using var delete = Api.Empty(HttpMethod.Delete, path, target.FunctionKey).IfMatch(updatedTag);
            using var deleted = await target.Client.SendAsync(delete);
            Assert.True(deleted.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK, $"delete: {await Api.DescribeAsync(deleted)}");

            using var gone = Api.Empty(HttpMethod.Get, path, target.FunctionKey);
            using var goneResponse = await target.Client.SendAsync(gone);
            Assert.True(goneResponse.StatusCode == HttpStatusCode.NotFound, $"after delete: {await Api.DescribeAsync(goneResponse)}");
        }
        finally
        {
            await RemoveIfLeftAsync(path);
        }
    }

    [Fact]
    public async Task An_update_without_if_match_is_refused_once_the_product_exists()
    {
        var sku = $"SMOKE-{Guid.NewGuid():N}"[..24].ToUpperInvariant();
        var path = $"v1/products/{sku}";
        try
        {
            using var create = Api.Json(HttpMethod.Put, path, Product("Smoke precondition", "Aqua"), target.FunctionKey);
            using var created = await target.Client.SendAsync(create);
            Assert.True(created.IsSuccessStatusCode, $"{target.Description}: create: {await Api.DescribeAsync(created)}");

            using var blind = Api.Json(HttpMethod.Put, path, Product("Blind overwrite", "Aqua"), target.FunctionKey);
            using var refused = await target.Client.SendAsync(blind);

            Assert.True(refused.StatusCode == HttpStatusCode.PreconditionRequired, $"update without If-Match: {await Api.DescribeAsync(refused)}");
        }
        finally
        {
            await RemoveIfLeftAsync(path);
        }
    }

    private static JsonObject Product(string name, string inci) => new()
    {
        ["name"] = name,
        ["brand"] = "Smoke",
        ["category"] = "serum",
        ["inci"] = inci,
    };

    private static EntityTagHeaderValue RequireETag(HttpResponseMessage response) =>
        response.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} response has no ETag header.");

    /// <summary>Best-effort cleanup so a failed run leaves nothing behind in a shared environment.</summary>
    private async Task RemoveIfLeftAsync(string path)
    {
        using var read = Api.Empty(HttpMethod.Get, path, target.FunctionKey);
        using var current = await target.Client.SendAsync(read);
        if (current.StatusCode != HttpStatusCode.OK || current.Headers.ETag is null)
        {
            return;
        }

        using var delete = Api.Empty(HttpMethod.Delete, path, target.FunctionKey).IfMatch(current.Headers.ETag);
        using var _ = await target.Client.SendAsync(delete);
    }
}
