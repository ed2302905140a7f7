using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// A worker invocation as the ASP.NET Core integration hands it to middleware: the request's <see cref="HttpContext"/>
/// in <see cref="Items"/> under the key <c>GetHttpContext()</c> reads (the integration's own key, "HttpRequestContext").
/// Only what <c>HttpEdgeMiddleware</c> touches is implemented.
/// </summary>
public sealed class FakeFunctionContext : FunctionContext
{
    public FakeFunctionContext(HttpContext http)
    {
        Items = new Dictionary<object, object> { ["HttpRequestContext"] = http };
        InstanceServices = http.RequestServices;
    }

    public override string InvocationId => "test-invocation";

    public override string FunctionId => "test-function";

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; }

    public override IInvocationFeatures Features => throw new NotSupportedException();
}
