using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Features.Plan.Sheet;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Planning;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Plan;

/// <summary>
/// <c>POST /api/v1/plan</c>: a day-by-day aftercare timeline. JSON by default; with <c>Accept: text/calendar</c>
/// the same plan as an iCalendar file a patient can import; with <c>Accept: text/html</c> the printable aftercare sheet.
/// With <c>from</c> (before the procedure) every form also gives the preparation days, from the prepare engine.
/// </summary>
public sealed class PlanHandler(JsonBody body, ICatalogueProvider catalogue, AftercareCalendarWriter calendar)
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
        if (NotFoundFields.ProblemFor(errors, notFound) is { } problem)
        {
            return problem;
        }

        var plan = PlanBuilder.Build(new PlanInput(procedure!, protocol!, products, from));
        return PlanFormats.Choose(request) switch
        {
            PlanFormat.Calendar => TypedResults.Text(calendar.Write(plan), AftercareCalendarWriter.ContentType),
            PlanFormat.Html => new HtmlPageResult(AftercareSheetRenderer.Render(new AftercareSheetInput(plan, protocol!, clinic, today))),
            _ => TypedResults.Ok(plan),
        };
    }
}
