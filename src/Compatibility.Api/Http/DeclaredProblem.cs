using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Compatibility.Api.Http;

/// <summary>
/// A problem response whose possible statuses are part of its type: each subclass declares them (as endpoint metadata,
/// through <see cref="IEndpointMetadataProvider"/>), so a handler's return type says every status it answers with and the
/// OpenAPI document is generated from the code.
/// </summary>
public abstract class DeclaredProblem(IResult problem) : IResult, IStatusCodeHttpResult
{
    public IResult Inner { get; } = problem;

    public int? StatusCode => (Inner as IStatusCodeHttpResult)?.StatusCode;

    public virtual Task ExecuteAsync(HttpContext httpContext) => Inner.ExecuteAsync(httpContext);

    /// <summary>Declares a problem-details response with <paramref name="statusCode"/>.</summary>
    protected static void Declare(EndpointBuilder builder, int statusCode) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), [ProblemContentType]));

    /// <summary>Declares the 400 with <c>errors</c> keyed by JSON path.</summary>
    protected static void DeclareValidation(EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [ProblemContentType]));

    private const string ProblemContentType = "application/problem+json";
}
