using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.Api.Http;

/// <summary>404: the item named in the route, or a protocol or product the body refers to, does not exist.</summary>
public sealed class NotFoundProblem(ProblemHttpResult problem) : DeclaredProblem(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}
