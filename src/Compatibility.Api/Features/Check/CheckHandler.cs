using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Features.Catalogue;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Api.Telemetry;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Check;

/// <summary><c>POST /api/v1/check</c>: each product's verdict at one moment after a procedure, and the bundle's conflicts.</summary>
public sealed class CheckHandler(JsonBody body, ICatalogueProvider catalogue, CheckEngine engine, TimeProvider timeProvider, ApiMetrics metrics)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await body.ReadAsync(request, ApiJsonContext.Default.CheckRequest, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var input = read.Value!;
        var snapshot = catalogue.Current;
        var errors = new ValidationErrors();
        var notFound = new NotFoundFields();
        var (procedure, protocol, products) = AftercareRequestReader.Read(input.Procedure, input.Protocol, input.Products, snapshot, errors, notFound);
        var at = Timestamps.Parse("at", input.At, errors, required: false);
        if (procedure is not null && at < procedure.PerformedAt)
        {
            errors.Add("at", "Must not be before procedure.performedAt.");
        }
        if (NotFoundFields.ProblemFor(errors, notFound) is { } problem)
        {
            return problem;
        }

        // `at` defaults to now; a procedure in the future is then a request error, not an engine exception.
        if (at is null && timeProvider.GetUtcNow() < procedure!.PerformedAt)
        {
            return Problems.Validation("procedure.performedAt", "Is in the future; give 'at' to check a moment after it.");
        }

        var result = engine.Check(new CheckInput(procedure!, at, protocol!, products));
        foreach (var product in result.Products)
        {
            metrics.Verdict(product.Verdict);
        }

        return TypedResults.Ok(CheckResponse.From(result, CatalogueInfo.From(catalogue)));
    }
}
