using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Planning;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Compatibility.Api.Features.Plan;

/// <summary>
/// <c>POST /api/v1/plan</c>: a day-by-day aftercare timeline. JSON by default; with <c>Accept: text/calendar</c>
/// the same plan as an iCalendar file a patient can import.
/// </summary>
public sealed class PlanHandler(JsonBody body, ICatalogueProvider catalogue, ICalendarWriter calendar)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await body.ReadAsync(request, ApiJsonContext.Default.PlanRequest, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var input = read.Value!;
        var snapshot = catalogue.Current;
        var errors = new ValidationErrors();
        var notFound = new NotFoundFields();
        var (procedure, protocol, products) = AftercareRequestReader.Read(input.Procedure, input.Protocol, input.Products, snapshot, errors, notFound);
        if (NotFoundFields.ProblemFor(errors, notFound) is { } problem)
        {
            return problem;
        }

        var plan = PlanBuilder.Build(new PlanInput(procedure!, protocol!, products));
        return WantsCalendar(request)
            ? TypedResults.Text(calendar.Write(plan), ICalendarWriter.ContentType)
            : TypedResults.Ok(plan);
    }

    /// <summary>True when <c>text/calendar</c> is acceptable and ranked at least as high as JSON.</summary>
    private static bool WantsCalendar(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double Quality(string type) => accepted
            .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();

        var calendarQuality = Quality("text/calendar");
        return calendarQuality > 0 && calendarQuality >= Quality("application/json");
    }
}
