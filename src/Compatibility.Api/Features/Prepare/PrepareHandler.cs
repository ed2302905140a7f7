using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Preparing;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Prepare;

/// <summary><c>POST /api/v1/prepare</c>: what to stop, and when, before a planned procedure, and the preparation advice.</summary>
public sealed class PrepareHandler(JsonBody body, ICatalogueProvider catalogue, TimeProvider timeProvider)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await body.ReadAsync(request, ApiJsonContext.Default.PrepareRequest, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var input = read.Value!;
        var errors = new ValidationErrors();
        var notFound = new NotFoundFields();
        var (procedure, protocol, products) = AftercareRequestReader.Read(input.Procedure, input.Protocol, input.Products, catalogue.Current, errors, notFound);
        var at = Timestamps.Parse("at", input.At, errors, required: false);
        if (procedure is not null && (at ?? timeProvider.GetUtcNow()) > procedure.PerformedAt)
        {
            errors.Add("at", at is null
                ? "Defaults to now, which is after procedure.performedAt; give the planned (future) procedure time or an 'at' before it."
                : "Must not be after procedure.performedAt (the planned procedure).");
        }

        if (NotFoundFields.ProblemFor(errors, notFound) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(PreparationChecker.Check(new PrepareInput(procedure!, at ?? timeProvider.GetUtcNow().ToOffset(procedure!.PerformedAt.Offset), protocol!, products)));
    }
}
