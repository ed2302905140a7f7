using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.DevServer;

/// <summary>
/// Endpoint metadata naming the JSON body an endpoint reads, for the OpenAPI document (the API explorer describes the
/// request body from it; <c>application/json</c> is the document's default media type). It lists no content types on
/// purpose: routing then accepts any, and the handler answers a non-JSON one with the contract's 415 problem, as the
/// Functions host does. <c>.Accepts&lt;T&gt;("application/json")</c> would make routing answer first with a bare 415.
/// </summary>
public sealed class JsonRequestBody<T> : IAcceptsMetadata
{
    public IReadOnlyList<string> ContentTypes => [];

    public Type? RequestType => typeof(T);

    public bool IsOptional => false;
}
