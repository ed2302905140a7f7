using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>
/// The contract's bad-input matrix, every row, through HTTP, over /check, /routines/check and /plan: each case breaks one
/// thing in a valid body and expects the status, the problem type and the JSON path of the field at fault.
/// </summary>
public sealed class BadInputMatrixTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private sealed record BadInput(Func<string, string> Body, HttpStatusCode Status, string Type, string? Field, string[]? Only = null);

    private static string Break(string endpoint, Action<JsonObject> mutate)
    {
        var body = ValidBody(endpoint);
        mutate(body);
        return body.ToJsonString();
    }

    private static JsonArray Products(int count) =>
        new(Enumerable.Range(0, count).Select(i => (JsonNode)Inline($"p{i}", HyaluronicInci)).ToArray());

    private static readonly Dictionary<string, BadInput> Cases = new()
    {
        ["malformed JSON"] = new(e => ValidBody(e).ToJsonString()[..^5], HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, null),
        ["trailing comma"] = new(e => ValidBody(e).ToJsonString()[..^1] + ",}", HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, null),
        ["empty body"] = new(_ => "", HttpStatusCode.BadRequest, ProblemTypes.Validation, "$"),
        ["JSON null"] = new(_ => "null", HttpStatusCode.BadRequest, ProblemTypes.Validation, "$"),
        ["a JSON array"] = new(_ => "[]", HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, "$"),
        ["products is a string"] = new(e => Break(e, b => b.Set("products", "x")), HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, "products"),
        ["needleDepthMm is a string"] = new(e => Break(e, b => b.Set("procedure.needleDepthMm", "deep")), HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, "procedure.needleDepthMm"),
        ["needleDepthMm is negative"] = new(e => Break(e, b => b.Set("procedure.needleDepthMm", -1)), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.needleDepthMm"),
        ["inci is a number"] = new(e => Break(e, b => b.Set("products[1].inci", 5)), HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, "products[1].inci"),
        ["procedure is a number"] = new(e => Break(e, b => b.Set("procedure", 5)), HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, "procedure"),
        ["performedAt is a number"] = new(e => Break(e, b => b.Set("procedure.performedAt", 20261120)), HttpStatusCode.BadRequest, ProblemTypes.MalformedJson, "procedure.performedAt"),
        ["missing procedure"] = new(e => Break(e, b => b.Without("procedure")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure"),
        ["missing procedure.type"] = new(e => Break(e, b => b.Without("procedure.type")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.type"),
        ["procedure.type the protocol is not for"] = new(e => Break(e, b => b.Set("procedure.type", "laser")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.type"),
        ["missing procedure.performedAt"] = new(e => Break(e, b => b.Without("procedure.performedAt")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.performedAt"),
        ["an empty object"] = new(_ => "{}", HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure"),
        ["missing products"] = new(e => Break(e, b => b.Without("products")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products"),
        ["products[0] is null"] = new(e => Break(e, b => b.Set("products[0]", null)), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0]"),
        ["products[0] has neither inci nor sku"] = new(e => Break(e, b => b.Set("products[0]", new JsonObject { ["ref"] = "ret", ["name"] = "Serum" })), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0]"),
        ["products[0] has both inci and sku"] = new(e => Break(e, b => b.Set("products[0].sku", HyaluronicSku)), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0]"),
        ["duplicate refs"] = new(e => Break(e, b => b.Set("products[1].ref", "ret")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[1].ref"),
        ["at before performedAt"] = new(e => Break(e, b => b.Set("at", "2026-11-20T09:59:00+01:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "at", [Endpoints.Check]),
        ["at before performedAt in another offset"] = new(e => Break(e, b => b.Set("at", "2026-11-20T03:59:00-05:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "at", [Endpoints.Check]),
        ["step at before performedAt"] = new(e => Break(e, b => b.Set("steps[1].at", "2026-11-19T21:00:00+01:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "steps[1].at", [Endpoints.Routine]),
        ["nextSessionAt before performedAt"] = new(e => Break(e, b => b.Set("nextSessionAt", "2026-11-19T10:00:00+01:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "nextSessionAt", [Endpoints.Routine]),
        ["performedAt without offset"] = new(e => Break(e, b => b.Set("procedure.performedAt", "2026-11-20T10:00:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.performedAt"),
        ["performedAt not a timestamp"] = new(e => Break(e, b => b.Set("procedure.performedAt", "yesterday")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.performedAt"),
        ["at without offset"] = new(e => Break(e, b => b.Set("at", "2026-11-21T10:00:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "at", [Endpoints.Check]),
        ["step at without offset"] = new(e => Break(e, b => b.Set("steps[1].at", "2026-12-01T21:00:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "steps[1].at", [Endpoints.Routine]),
        ["nextSessionAt without offset"] = new(e => Break(e, b => b.Set("nextSessionAt", "2026-12-20T10:00:00")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "nextSessionAt", [Endpoints.Routine]),
        ["unknown category"] = new(e => Break(e, b => b.Set("products[2].category", "perfume")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[2].category"),
        ["no products"] = new(e => Break(e, b => b.Set("products", new JsonArray())), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products"),
        ["51 products"] = new(e => Break(e, b => b.Set("products", Products(ApiLimits.MaxProducts + 1))), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products"),
        ["inci over 20,000 characters"] = new(e => Break(e, b => b.Set("products[0].inci", "Aqua, " + new string('x', ApiLimits.MaxInciLength))), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0].inci"),
        ["empty inci"] = new(e => Break(e, b => b.Set("products[0].inci", " ")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0].inci"),
        ["name over 200 characters"] = new(e => Break(e, b => b.Set("products[0].name", new string('n', ApiLimits.MaxNameLength + 1))), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0].name"),
        ["ref over 100 characters"] = new(e => Break(e, b => b.Set("products[0].ref", new string('r', ApiLimits.MaxRefLength + 1))), HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0].ref"),
        ["empty protocol"] = new(e => Break(e, b => b.Set("protocol", "")), HttpStatusCode.BadRequest, ProblemTypes.Validation, "protocol"),
        ["no steps"] = new(e => Break(e, b => b.Set("steps", new JsonArray())), HttpStatusCode.BadRequest, ProblemTypes.Validation, "steps", [Endpoints.Routine]),
        ["unknown protocol"] = new(e => Break(e, b => b.Set("protocol", "no-such-protocol")), HttpStatusCode.NotFound, ProblemTypes.NotFound, "protocol"),
        ["unknown sku"] = new(e => Break(e, b => b.Set("products[0]", BySku("ret", "NO-SUCH-SKU"))), HttpStatusCode.NotFound, ProblemTypes.NotFound, "products[0].sku"),
        ["unknown sku in an invalid request"] = new(
            e => Break(e, b => b.Set("products[0]", BySku("ret", "NO-SUCH-SKU")).Set("products[2].category", "perfume")),
            HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[0].sku"),
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints.All)
        {
            foreach (var (name, bad) in Cases)
            {
                if (bad.Only is null || bad.Only.Contains(endpoint)) data.Add(endpoint, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Bad_input_is_a_problem_naming_the_field(string endpoint, string name)
    {
        var bad = Cases[name];
        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(bad.Body(endpoint)));

        await HttpAssert.ContractProblemAsync(response, bad.Status, bad.Type, bad.Field);
    }

    [Theory]
    [MemberData(nameof(EachEndpoint))]
    public async Task Every_bad_field_is_named_at_once(string endpoint)
    {
        var body = ValidBody(endpoint)
            .Without("procedure")
            .Set("products[0].inci", new string('x', ApiLimits.MaxInciLength + 1))
            .Set("products[1].name", new string('n', ApiLimits.MaxNameLength + 1))
            .Set("products[2].category", "perfume");

        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(body.ToJsonString()));

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure");
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("products[0].inci", errors);
        Assert.Contains("products[1].name", errors);
        Assert.Contains("products[2].category", errors);
    }

    [Theory]
    [MemberData(nameof(EachEndpoint))]
    public async Task Every_valid_base_body_is_accepted(string endpoint)
    {
        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(ValidBody(endpoint).ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> EachEndpoint() => new(Endpoints.All);

    [Theory]
    [MemberData(nameof(EachEndpoint))]
    public async Task Limits_themselves_are_accepted(string endpoint)
    {
        var body = ValidBody(endpoint)
            .Set("products[0].inci", "Aqua, " + new string('x', ApiLimits.MaxInciLength - 6))
            .Set("products[1].name", new string('n', ApiLimits.MaxNameLength));
        var many = Products(ApiLimits.MaxProducts - 3);
        foreach (var product in ThreeProducts())
        {
            many.Add(product!.DeepClone());
        }

        body["products"] = many;
        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BodySizes))]
    public async Task A_body_over_one_MiB_is_413(string endpoint, int bytes)
    {
        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(Padded(endpoint, bytes)));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
    }

    public static TheoryData<string, int> BodySizes()
    {
        var data = new TheoryData<string, int>();
        foreach (var endpoint in Endpoints.All)
        {
            data.Add(endpoint, (1024 * 1024) + 1);
            data.Add(endpoint, 3_000_000);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EachEndpoint))]
    public async Task A_body_of_exactly_one_MiB_is_read(string endpoint)
    {
        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(Padded(endpoint, 1024 * 1024)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EachEndpoint))]
    public async Task A_large_body_without_a_length_is_413(string endpoint)
    {
        // Chunked, so the limit is enforced while reading, not from Content-Length.
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(Padded(endpoint, 3_000_000))));
        content.Headers.ContentType = new("application/json");
        var response = await server.CreateClient().PostAsync(endpoint, content);

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
    }

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public async Task A_body_that_is_not_JSON_is_415(string endpoint, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ValidBody(endpoint).ToJsonString()));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await server.CreateClient().PostAsync(endpoint, content);

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType);
    }

    public static TheoryData<string, string?> ContentTypes()
    {
        var data = new TheoryData<string, string?>();
        foreach (var endpoint in Endpoints.All)
        {
            data.Add(endpoint, "text/plain");
            data.Add(endpoint, null);
            data.Add(endpoint, "application/x-www-form-urlencoded");
            data.Add(endpoint, "application/json; charset=utf-16");
        }

        return data;
    }

    [Theory]
    [InlineData("PUT", "/api/v1/products/K-1", null)]
    [InlineData("PUT", "/api/v1/products/K-1", "wrong-key")]
    [InlineData("GET", "/api/v1/products/ORD-HA-B5-30ML", null)]
    [InlineData("GET", "/api/v1/products/ORD-HA-B5-30ML", "wrong-key")]
    [InlineData("DELETE", "/api/v1/ingredients/water", "")]
    [InlineData("PUT", "/api/v1/protocols/microneedling-standard", "test-function-ke")]
    [InlineData("DELETE", "/api/v1/protocols/microneedling-standard", null)]
    public async Task An_admin_endpoint_without_the_right_key_is_401(string method, string url, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "PUT")
        {
            request.Content = HttpAssert.Json("""{"name":"n","inci":"Aqua"}""");
        }

        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        var response = await server.CreateClient().SendAsync(request);

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_code_query_parameter_is_401()
    {
        var response = await server.CreateClient().GetAsync("/api/v1/products/ORD-HA-B5-30ML?code=wrong-key");

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
    }

    [Fact]
    public async Task The_right_key_gets_past_the_key_check()
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", DevServerFactory.FunctionKey);

        var response = await client.GetAsync("/api/v1/products/ORD-HA-B5-30ML");

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.ServiceUnavailable, $"got {response.StatusCode}");
    }

    /// <summary>A valid body padded with whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(string endpoint, int bytes)
    {
        var json = ValidBody(endpoint).ToJsonString();
        return json[..^1] + new string(' ', bytes - Encoding.UTF8.GetByteCount(json)) + "}";
    }

    /// <summary>A stream that hides its length, so the client sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
