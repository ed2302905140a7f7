using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Features.Catalogue;
using Compatibility.Api.Json;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Planning;
using Compatibility.Core.Preparing;
using Compatibility.Core.Routines;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>
/// The JSON of the four verdict responses (check, routine, plan, prepare), whole: every object's members in order, nulls
/// included (the shape the contract fixes, whatever Core's result types become), and byte for byte the Core result the
/// API maps from, as the server's JSON options write it (the wire before the API had its own response records). When a
/// Core result changes shape on purpose, the API's record keeps the wire: the shape stays and the byte comparison goes.
/// </summary>
public sealed class ResponseWireTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private const string CheckAt = "2026-11-21T10:00:00+01:00";

    private readonly Lazy<JsonSerializerOptions> _reflectionOptions = new(() => new JsonSerializerOptions(
        server.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    });

    [Fact]
    public async Task Check_response()
    {
        var body = Check(
            CheckAt,
            Inline("ret", RetinolInci, "Retinol Serum", "serum"),
            BySku("stored", HyaluronicSku),
            Inline("gly", GlycolicInci, "Glycolic Toner", "toner"),
            Inline("odd", "Aqua, Quixotriol Extract 5512, Glycerin", "Odd Cream", "moisturizer"),
            Inline("base", "Aqua, Cyclopentasiloxane, Glycerin, Phenoxyethanol", "Liquid Foundation"));
        var json = await PostAsync(Endpoints.Check, body);

        AssertShape(json, """
            $: verdict,readyAt,hoursSinceProcedure,protocol,products,conflicts,catalogue
            $.catalogue: version,source,degraded
            $.conflicts[]: products,classes,reason,advice,rule,sources
            $.conflicts[].sources[]: id,title,url
            $.products[]: ref,name,verdict,allowedFrom,findings,unrecognized
            $.products[].findings[]: ingredient,class,rule,verdict,until,reason,category,sources,position,trace,stopAt,fromName,readFrom
            $.products[].findings[].sources[]: id,title,url
            $.protocol: id,version
            """);

        var read = await ReadAsync(body, ApiJsonContext.Default.CheckRequest);
        var result = server.Services.GetRequiredService<CheckEngine>().Check(new CheckInput(read.Procedure!, DateTimeOffset.Parse(CheckAt), read.Protocol!, read.Products));
        // CheckResponse was Core's CheckResult with the catalogue after it.
        var core = Serialize(result);
        var catalogue = Serialize(CatalogueInfo.From(server.Services.GetRequiredService<ICatalogueProvider>()));
        Assert.Equal(core[..^1] + ",\"catalogue\":" + catalogue + "}", json);
    }

    [Fact]
    public async Task Routine_response()
    {
        var body = new JsonObject
        {
            ["procedure"] = Procedure(),
            ["products"] = ThreeProducts(),
            ["steps"] = new JsonArray(
                new JsonObject { ["product"] = "ha", ["day"] = 0, ["slot"] = "pm" },
                new JsonObject { ["product"] = "ret", ["day"] = 12, ["slot"] = "pm" },
                new JsonObject { ["product"] = "gly", ["at"] = "2026-12-02T21:30:00+01:00" },
                new JsonObject { ["product"] = "ret", ["at"] = "2026-11-21T21:00:00+01:00" }),
            ["nextSessionAt"] = "2026-12-10T10:00:00+01:00",
        };
        var json = await PostAsync(Endpoints.Routine, body);

        AssertShape(json, """
            $: verdict,protocol,products,steps,conflicts,nextSession
            $.conflicts[]: products,classes,reason,advice,rule,slots,sources
            $.conflicts[].slots[]: day,slot,steps
            $.conflicts[].sources[]: id,title,url
            $.nextSession: at,earliestAt,recommendedBy,verdict,reason
            $.products[]: ref,name,findings,unrecognized
            $.products[].findings[]: ingredient,class,rule,verdict,until,reason,category,sources,position,trace,stopAt,fromName,readFrom
            $.products[].findings[].sources[]: id,title,url
            $.protocol: id,version
            $.steps[]: step,product,at,day,slot,verdict,allowedFrom,holding
            """);

        var read = await ReadAsync(body, ApiJsonContext.Default.RoutineCheckRequest);
        RoutineStep[] steps =
        [
            new("ha", Day: 0, Slot: DaySlot.Pm),
            new("ret", Day: 12, Slot: DaySlot.Pm),
            new("gly", DateTimeOffset.Parse("2026-12-02T21:30:00+01:00")),
            new("ret", DateTimeOffset.Parse("2026-11-21T21:00:00+01:00")),
        ];
        var result = server.Services.GetRequiredService<RoutineChecker>().Check(
            new RoutineInput(read.Procedure!, read.Protocol!, read.Products, steps, DateTimeOffset.Parse("2026-12-10T10:00:00+01:00")));
        Assert.Equal(Serialize(result), json);
    }

    [Fact]
    public async Task Plan_json_response()
    {
        var body = new JsonObject
        {
            ["procedure"] = Procedure(),
            ["products"] = new JsonArray(
                Inline("ret", RetinolInci, "Retinol Serum", "serum"),
                Inline("base", "Aqua, Cyclopentasiloxane, Glycerin, Phenoxyethanol", "Liquid Foundation", "foundation"),
                Inline("odd", "Aqua, Quixotriol Extract 5512, Glycerin", "Odd Cream", "moisturizer")),
            ["from"] = "2026-11-10T09:00:00Z",
        };
        var json = await PostAsync(Endpoints.Plan, body);

        AssertShape(json, """
            $: protocol,procedure,depthBand,products,days,nextSession,preparation
            $.days[]: day,date,entries
            $.days[].entries[]: kind,at,until,title,detail,product,advice
            $.nextSession: earliest,latest
            $.preparation: from,verdict,products,advice
            $.preparation.advice[]: id,title,detail,from,sources
            $.preparation.advice[].sources[]: id,title,url
            $.preparation.products[]: ref,name,verdict,stopAt,findings,unrecognized
            $.preparation.products[].findings[]: ingredient,class,rule,verdict,until,reason,category,sources,position,trace,stopAt,fromName,readFrom
            $.preparation.products[].findings[].sources[]: id,title,url
            $.procedure: type,performedAt,needleDepthMm
            $.products[]: ref,name,verdict,startsAt,startsDay,findings,unrecognized
            $.products[].findings[]: ingredient,class,rule,verdict,until,reason,category,sources,position,trace,stopAt,fromName,readFrom
            $.products[].findings[].sources[]: id,title,url
            $.protocol: id,version
            """);

        var read = await ReadAsync(body, ApiJsonContext.Default.PlanRequest);
        var plan = PlanBuilder.Build(new PlanInput(read.Procedure!, read.Protocol!, read.Products, DateTimeOffset.Parse("2026-11-10T09:00:00Z")));
        Assert.Equal(Serialize(plan), json);
    }

    [Fact]
    public async Task Prepare_response()
    {
        const string at = "2026-11-14T10:00:00+01:00";
        var body = new JsonObject
        {
            ["procedure"] = Procedure(),
            ["at"] = at,
            ["products"] = new JsonArray(
                Inline("night", RetinolInci, "Retinol 0.5% in Squalane", "serum"),
                Inline("base", "Aqua, Cyclopentasiloxane, Glycerin, Phenoxyethanol", "Liquid Foundation", "foundation"),
                Inline("odd", "Aqua, Quixotriol Extract 5512, Glycerin", category: "moisturizer")),
        };
        var json = await PostAsync(Endpoints.Prepare, body);

        AssertShape(json, """
            $: verdict,procedure,protocol,products,advice
            $.advice[]: id,title,detail,from,sources
            $.advice[].sources[]: id,title,url
            $.procedure: type,performedAt,needleDepthMm
            $.products[]: ref,name,verdict,stopAt,findings,unrecognized
            $.products[].findings[]: ingredient,class,rule,verdict,until,reason,category,sources,position,trace,stopAt,fromName,readFrom
            $.products[].findings[].sources[]: id,title,url
            $.protocol: id,version
            """);

        var read = await ReadAsync(body, ApiJsonContext.Default.PrepareRequest);
        var result = PreparationChecker.Check(new PrepareInput(read.Procedure!, DateTimeOffset.Parse(at), read.Protocol!, read.Products));
        Assert.Equal(Serialize(result), json);
    }

    /// <summary>
    /// The source-generated context writes the API's records and knows no Core result type: the hosts could fall back to
    /// reflection, so a record left out, or a Core type back on the wire, would not show otherwise.
    /// </summary>
    [Fact]
    public void The_json_context_has_the_api_records_and_no_core_result()
    {
        Type[] api =
        [
            typeof(Features.Check.CheckResponse), typeof(Features.Check.ProductResult), typeof(Features.Aftercare.Response.Finding),
            typeof(Features.Routines.RoutineResult), typeof(Features.Plan.Response.AftercarePlan), typeof(Features.Plan.Response.PlanEntry),
            typeof(Features.Prepare.PrepareResult), typeof(Features.Prepare.PrepareAdvice),
        ];
        Assert.All(api, type => Assert.NotNull(ApiJsonContext.Default.GetTypeInfo(type)));

        Type[] core =
        [
            typeof(CheckResult), typeof(Core.Checking.ProductResult), typeof(Core.Checking.Finding), typeof(Core.Checking.SourceRef),
            typeof(Core.Checking.ProtocolRef), typeof(Core.Checking.Procedure), typeof(Core.Routines.RoutineResult),
            typeof(Core.Planning.AftercarePlan), typeof(Core.Planning.PlanEntry), typeof(Core.Preparing.PrepareResult),
            typeof(Core.Preparing.PrepareAdvice),
        ];
        Assert.All(core, type => Assert.Null(ApiJsonContext.Default.GetTypeInfo(type)));
    }

    private async Task<string> PostAsync(string endpoint, JsonObject body)
    {
        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(body.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The request as the handler reads it: the Core inputs to compute the expected result from.</summary>
    private async Task<AftercareRequest<T>> ReadAsync<T>(JsonObject body, JsonTypeInfo<T> typeInfo)
        where T : class, IAftercareRequest
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var context = new DefaultHttpContext { RequestServices = server.Services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes, writable: false);
        var read = await server.Services.GetRequiredService<AftercareRequests>().ReadAsync(context.Request, typeInfo, CancellationToken.None);
        Assert.Null(read.Problem());
        return read;
    }

    /// <summary>A value as the server writes it: its HTTP JSON options (camelCase, nulls written, the same encoder), any type by reflection.</summary>
    private string Serialize<T>(T value) => JsonSerializer.Serialize(value, _reflectionOptions.Value);

    /// <summary>
    /// Each object's member names in order, one line per path (array items as <c>[]</c>), sorted by path; every object at a
    /// path must have the same members, and every path of <paramref name="expected"/> must occur (so the request has to
    /// fill every array the shape names).
    /// </summary>
    private static void AssertShape(string json, string expected)
    {
        var shapes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(JsonDocument.Parse(json).RootElement, "$", shapes);
        Assert.Equal(expected.ReplaceLineEndings("\n"), string.Join('\n', shapes.Select(s => $"{s.Key}: {s.Value}")));
    }

    private static void Walk(JsonElement element, string path, SortedDictionary<string, string> shapes)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = string.Join(',', element.EnumerateObject().Select(p => p.Name));
            if (shapes.TryGetValue(path, out var seen))
            {
                Assert.Equal(seen, names);
            }

            shapes[path] = names;
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, $"{path}.{property.Name}", shapes);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, path + "[]", shapes);
            }
        }
    }
}
