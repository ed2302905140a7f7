using System.Reflection;
using Compatibility.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>
/// What a check, routine, plan or prepare request can fail with: the body's problems (400, 413, 415), invalid fields
/// (400), or a protocol or SKU that does not exist (404).
/// </summary>
public sealed class AftercareProblem : DeclaredProblem, IEndpointMetadataProvider
{
    public AftercareProblem(BodyProblem problem) : base(problem)
    {
    }

    public AftercareProblem(ValidationProblem problem) : base(problem)
    {
    }

    public AftercareProblem(NotFoundProblem problem) : base(problem)
    {
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        BodyProblem.PopulateMetadata(method, builder);
        NotFoundProblem.PopulateMetadata(method, builder);
    }
}
