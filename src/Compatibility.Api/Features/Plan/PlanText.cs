using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.Api.Features.Plan;

/// <summary>The plan as a text document: the iCalendar file or the printable HTML sheet, both a 200 beside the JSON plan.</summary>
public sealed class PlanText(IResult document) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public IResult Document { get; } = document;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => Document.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [PlanFormats.Calendar, PlanFormats.Html]));
}
