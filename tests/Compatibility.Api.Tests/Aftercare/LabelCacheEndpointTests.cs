using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>
/// Checks, plans and routines answer through the snapshot's label cache exactly as without it: the same body on the
/// first request (analysed) and on repeats (cached); after a snapshot swap, the body a server that only ever had the new
/// snapshot gives, never the old catalogue's analyses of the same inline label or stored SKU.
/// </summary>
public sealed class LabelCacheEndpointTests
{
    private const string Sku = "CACHE-1";

    private static readonly CatalogueData Embedded = EmbeddedCatalogue.Load();

    private static readonly (string Path, string Json)[] Requests =
    [
        ("/api/v1/check", """
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"at":"2026-11-23T10:00:00+01:00",
             "products":[{"ref":"a","category":"serum","inci":"Squalane, Caprylic/Capric Triglyceride, Retinol, BHT"},{"ref":"b","sku":"CACHE-1"}]}
            """),
        ("/api/v1/plan", """
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},
             "products":[{"ref":"a","category":"serum","inci":"Squalane, Caprylic/Capric Triglyceride, Retinol, BHT"},{"ref":"b","sku":"CACHE-1"}]}
            """),
        ("/api/v1/routines/check", """
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},
             "products":[{"ref":"a","category":"serum","inci":"Squalane, Caprylic/Capric Triglyceride, Retinol, BHT"},{"ref":"b","sku":"CACHE-1"}],
             "steps":[{"product":"a","day":3,"slot":"pm"},{"product":"b","day":3,"slot":"pm"}]}
            """),
    ];

    [Fact]
    public async Task Repeats_answer_as_the_first_request_and_a_swapped_snapshot_as_a_server_that_only_had_it()
    {
        var catalogue = new SwappableCatalogue(WithRetinol());
        using var server = Serve(catalogue);
        var client = server.CreateClient();

        var first = await BodiesAsync(client);
        var repeated = await BodiesAsync(client);
        Assert.Equal(first, repeated);
        Assert.True(catalogue.Current.Labels.CachedLabels > 0, "the inline label was cached");

        catalogue.Current = WithoutRetinol();
        var afterSwap = await BodiesAsync(client);

        using var fresh = Serve(new SwappableCatalogue(WithoutRetinol()));
        var reference = await BodiesAsync(fresh.CreateClient());
        Assert.Equal(reference, afterSwap);
        Assert.Equal(await BodiesAsync(client), afterSwap);

        // Both the inline label and the stored SKU are judged on the new catalogue (reference alone could share a bug).
        Assert.NotEqual(CheckedProduct(first[0], 0), CheckedProduct(afterSwap[0], 0));
        Assert.NotEqual(CheckedProduct(first[0], 1), CheckedProduct(afterSwap[0], 1));
        Assert.Equal("blocked", JsonNode.Parse(first[0])!["products"]![0]!["verdict"]!.GetValue<string>());
        Assert.Contains("retinoid", FindingClasses(first[0], 0));
        Assert.DoesNotContain("retinoid", FindingClasses(afterSwap[0], 0));
        Assert.DoesNotContain("aha", FindingClasses(first[0], 1));
        Assert.Contains("aha", FindingClasses(afterSwap[0], 1));
    }

    private static string CheckedProduct(string checkBody, int index) => JsonNode.Parse(checkBody)!["products"]![index]!.ToJsonString();

    private static List<string?> FindingClasses(string checkBody, int index) =>
        JsonNode.Parse(checkBody)!["products"]![index]!["findings"]!.AsArray().Select(f => f!["class"]?.GetValue<string>()).ToList();

    private static async Task<List<string>> BodiesAsync(HttpClient client)
    {
        var bodies = new List<string>();
        foreach (var (path, json) in Requests)
        {
            using var response = await client.PostAsync(path, HttpAssert.Json(json));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
            bodies.Add(body);
        }

        return bodies;
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Serve(SwappableCatalogue catalogue) =>
        new DevServerFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICatalogueProvider>(catalogue)));

    // The shipped catalogue, and a stored product without actives.
    private static CatalogueSnapshot WithRetinol() =>
        new(CatalogueIndex.Create(Embedded), "test", DateTimeOffset.UnixEpoch, [new Product(Sku, "Plain cream", null, "moisturizer", "Aqua, Glycerin")]);

    // A catalogue in which retinol has lost its class, and the same SKU now stored with an acid on its label.
    private static CatalogueSnapshot WithoutRetinol() =>
        new(
            CatalogueIndex.Create(Embedded with
            {
                Version = "test-retinol-unclassed",
                Ingredients = Embedded.Ingredients.Select(i => i.Id == "retinol" ? i with { Classes = [] } : i).ToList(),
            }),
            "test",
            DateTimeOffset.UnixEpoch,
            [new Product(Sku, "Plain cream", null, "moisturizer", "Aqua, Glycolic Acid, Glycerin")]);

    private sealed class SwappableCatalogue(CatalogueSnapshot initial) : ICatalogueProvider
    {
        private CatalogueSnapshot _current = initial;

        public CatalogueSnapshot Current
        {
            get => Volatile.Read(ref _current);
            set => Volatile.Write(ref _current, value);
        }

        public bool Degraded => false;
    }
}
