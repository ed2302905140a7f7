using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.Api.Http;

/// <summary>
/// Why a JSON body could not be read (<see cref="JsonBody"/>): 400 (empty, malformed, duplicate members), 413, 415;
/// a body cut short or too slow may also answer 400 or 408 (the document's <c>default</c>).
/// </summary>
public sealed class BodyProblem(IResult problem) : DeclaredProblem(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        DeclareValidation(builder);
        Declare(builder, StatusCodes.Status413PayloadTooLarge);
        Declare(builder, StatusCodes.Status415UnsupportedMediaType);
    }
}
