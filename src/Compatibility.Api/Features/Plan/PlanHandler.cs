using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Features.Plan.Sheet;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Planning;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Plan;

/// <summary>
/// <c>POST /api/v1/plan</c>: a day-by-day aftercare timeline. JSON by default; with <c>Accept: text/calendar</c>
/// the same plan as an iCalendar file a patient can import; with <c>Accept: text/html</c> the printable aftercare sheet.
/// With <c>from</c> (before the procedure) every form also gives the preparation days, from the prepare engine.
/// </summary>
public sealed class PlanHandler(AftercareRequests requests, AftercareCalendarWriter calendar)
{
    public async Task<Results<Ok<Response.AftercarePlan>, PlanText, AftercareProblem>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await requests.ReadAsync(request, ApiJsonContext.Default.PlanRequest, cancellationToken);
        if (!read.TryGetInput(out var input, out var unreadable))
        {
            return unreadable;
        }

        var errors = read.Errors;
        var procedure = read.Procedure;
        var today = Timestamps.Parse("at", input.At, errors, required: false);
        var clinic = ClinicReader.Read(input.Clinic, errors);
        var from = Timestamps.Parse("from", input.From, errors, required: false);
        if (from is { } start && procedure is not null)
        {
            if (start >= procedure.PerformedAt)
            {
                errors.Add("from", "Must be before procedure.performedAt: the preparation days are counted back from the procedure.");
            }
            else if (start < procedure.PerformedAt.AddDays(-ApiLimits.MaxPreparationDays))
            {
                errors.Add("from", $"Must be at most {ApiLimits.MaxPreparationDays} days before procedure.performedAt.");
            }
        }
        if (read.Problem() is { } problem)
        {
            return problem;
        }

        var protocol = read.Protocol!;
        var plan = PlanBuilder.Build(new PlanInput(procedure!, protocol, read.Products, from));
        return PlanFormats.Choose(request) switch
        {
            PlanFormat.Calendar => new PlanText(TypedResults.Text(calendar.Write(plan), AftercareCalendarWriter.ContentType)),
            PlanFormat.Html => new PlanText(new HtmlPageResult(AftercareSheetRenderer.Render(new AftercareSheetInput(plan, protocol, clinic, today)))),
            _ => TypedResults.Ok(Response.AftercarePlan.From(plan)),
        };
    }
}
