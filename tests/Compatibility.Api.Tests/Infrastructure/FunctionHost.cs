using System.Text;
using Compatibility.Storage.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// Calls function classes directly, as the worker would: builds the Functions app's services, a request,
/// runs the function and executes its <see cref="IResult"/> into a response.
/// </summary>
public sealed class FunctionHost : IDisposable
{
    private readonly ServiceProvider _services;

    public FunctionHost(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCompatibilityApi(Configuration);
        services.AddCatalogue(Configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public IConfiguration Configuration { get; }

    public IServiceProvider Services => _services;

    public T Create<T>() where T : class => ActivatorUtilities.CreateInstance<T>(_services);

    public HttpRequest Request(string method, string? json = null, string contentType = "application/json", string? query = null)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = method;
        if (query is not null)
        {
            context.Request.QueryString = new QueryString(query);
        }

        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<(int Status, string? ContentType, string Body)> ExecuteAsync(IResult result, HttpRequest request)
    {
        var context = request.HttpContext;
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, context.Response.ContentType, await reader.ReadToEndAsync());
    }

    public void Dispose() => _services.Dispose();
}
