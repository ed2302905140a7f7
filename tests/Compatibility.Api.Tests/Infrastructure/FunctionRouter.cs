using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// The Functions app in miniature: an <see cref="HttpRequestMessage"/> is matched against the functions' own
/// <c>HttpTrigger</c> routes and methods, route values are decoded as ASP.NET Core routing decodes a path segment
/// (every escape but <c>%2F</c>), the function class is called as the worker calls it and its <see cref="IResult"/>
/// becomes the <see cref="HttpResponseMessage"/>. The request keeps no raw target (a host that forwards none).
/// The function key is the host's business (<c>AuthorizationLevel.Function</c>) and is not modelled.
/// </summary>
public sealed class FunctionRouter(FunctionHost host)
{
    private static readonly IReadOnlyList<Route> Routes = typeof(Compatibility.Functions.Program).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods())
        .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
        .Select(m =>
        {
            var trigger = m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Single(a => a is not null)!;
            return new Route(m, trigger.Methods!.Select(v => v.ToUpperInvariant()).ToHashSet(), ($"{ApiRoutes.Prefix}/{trigger.Route}").Split('/'));
        })
        // Literal segments before parameters: POST ingredients/analyze is not PUT ingredients/{id}.
        .OrderBy(r => r.Template.Count(s => s.StartsWith('{')))
        .ToList();

    /// <summary>The <c>[Function]</c> name of the function the last request was dispatched to.</summary>
    public string? LastFunction { get; private set; }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message)
    {
        var rawSegments = message.RequestUri!.IsAbsoluteUri
            ? message.RequestUri.AbsolutePath.Trim('/').Split('/')
            : message.RequestUri.OriginalString.Split('?')[0].Trim('/').Split('/');
        var verb = message.Method.Method.ToUpperInvariant();
        var matches = Routes.Where(r => r.Template.Length == rawSegments.Length && r.Template.Zip(rawSegments).All(p => p.First.StartsWith('{') || p.First == p.Second)).ToList();
        if (matches.Count == 0)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var route = matches.FirstOrDefault(r => r.Methods.Contains(verb));
        if (route is null)
        {
            return new HttpResponseMessage(HttpStatusCode.MethodNotAllowed);
        }

        var context = new DefaultHttpContext { RequestServices = host.Services };
        var request = context.Request;
        request.Method = verb;
        request.Path = "/" + string.Join('/', rawSegments.Select(RoutingDecode));
        var query = message.RequestUri.IsAbsoluteUri ? message.RequestUri.Query : (message.RequestUri.OriginalString.Contains('?') ? "?" + message.RequestUri.OriginalString.Split('?', 2)[1] : string.Empty);
        request.QueryString = new QueryString(query.Length > 1 ? query : null);
        foreach (var header in message.Headers)
        {
            request.Headers[header.Key] = header.Value.ToArray();
        }

        if (message.Content is not null)
        {
            foreach (var header in message.Content.Headers)
            {
                request.Headers[header.Key] = header.Value.ToArray();
            }

            var bytes = await message.Content.ReadAsByteArrayAsync();
            request.Body = new MemoryStream(bytes);
            request.ContentLength = bytes.Length;
        }

        context.Response.Body = new MemoryStream();
        var values = route.Template.Zip(rawSegments).Where(p => p.First.StartsWith('{')).ToDictionary(p => p.First[1..^1], p => RoutingDecode(p.Second));
        var arguments = route.Method.GetParameters().Select(p =>
            p.ParameterType == typeof(HttpRequest) ? request
            : p.ParameterType == typeof(CancellationToken) ? (object)CancellationToken.None
            : values[p.Name!]).ToArray();

        LastFunction = route.Method.GetCustomAttribute<FunctionAttribute>()!.Name;
        var function = ActivatorUtilities.CreateInstance(host.Services, route.Method.DeclaringType!);
        var returned = route.Method.Invoke(function, arguments);
        var result = returned is Task<IResult> task ? await task : (IResult)returned!;
        await result.ExecuteAsync(context);
        return ToResponse(context.Response);
    }

    // ASP.NET Core keeps %2F in a route value and decodes every other escape.
    private static string RoutingDecode(string segment) =>
        Uri.UnescapeDataString(segment.Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase));

    private static HttpResponseMessage ToResponse(HttpResponse response)
    {
        response.Body.Position = 0;
        var content = new ByteArrayContent(((MemoryStream)response.Body).ToArray());
        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode) { Content = content };
        foreach (var header in response.Headers)
        {
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(header.Value.ToString());
            }
            else if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
        }

        return message;
    }

    private sealed record Route(MethodInfo Method, HashSet<string> Methods, string[] Template);
}
