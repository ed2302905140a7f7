using System.Reflection;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.DevServer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Tests;

/// <summary>The DevServer must serve exactly the functions' HTTP routes, methods and key requirements.</summary>
public sealed class RouteParityTests(DevServerFactory factory) : IClassFixture<DevServerFactory>
{
    [Fact]
    public void DevServer_serves_exactly_the_function_routes()
    {
        var functionRoutes = FunctionRoutes();
        var devServerRoutes = DevServerRoutes();

        Assert.NotEmpty(functionRoutes);
        Assert.Equal(functionRoutes.OrderBy(r => r).ToList(), devServerRoutes.OrderBy(r => r).ToList());
    }

    [Fact]
    public void Every_function_has_a_unique_name_and_route()
    {
        var names = FunctionMethods().Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(FunctionRoutes().Count, FunctionRoutes().Distinct().Count());
    }

    private static IEnumerable<MethodInfo> FunctionMethods() =>
        typeof(Compatibility.Functions.Program).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

    private static List<string> FunctionRoutes() =>
        FunctionMethods()
            .SelectMany(m =>
            {
                var trigger = m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Single(a => a is not null)!;
                var needsKey = trigger.AuthLevel != AuthorizationLevel.Anonymous;
                return trigger.Methods!.Select(verb => Describe(verb, $"{ApiRoutes.Prefix}/{trigger.Route}", needsKey));
            })
            .ToList();

    private List<string> DevServerRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // The generated OpenAPI document lives outside /api and is a DevServer-only tool.
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith(ApiRoutes.Prefix + "/", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                var verbs = e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
                var needsKey = e.Metadata.GetMetadata<FunctionKeyRequired>() is not null;
                return verbs.Select(verb => Describe(verb, e.RoutePattern.RawText!.Trim('/'), needsKey));
            })
            .ToList();

    private static string Describe(string verb, string route, bool needsKey) =>
        $"{verb.ToUpperInvariant()} {route}{(needsKey ? " [key]" : string.Empty)}";
}
