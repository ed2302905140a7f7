using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Features.Catalogue;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Api.Telemetry;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Check;

/// <summary><c>POST /api/v1/check</c>: each product's verdict at one moment after a procedure, and the bundle's conflicts.</summary>
public sealed class CheckHandler(AftercareRequests requests, ICatalogueProvider catalogue, CheckEngine engine, TimeProvider timeProvider, ApiMetrics metrics)
{
    public async Task<Results<Ok<CheckResponse>, AftercareProblem>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await requests.ReadAsync(request, ApiJsonContext.Default.CheckRequest, cancellationToken);
        if (!read.TryGetInput(out var input, out var unreadable))
        {
            return unreadable;
        }

        var at = Timestamps.Parse("at", input.At, read.Errors, required: false);
        if (read.Procedure is not null && at < read.Procedure.PerformedAt)
        {
            read.Errors.Add("at", "Must not be before procedure.performedAt.");
        }

        if (read.Problem() is { } problem)
        {
            return problem;
        }

        var procedure = read.Procedure!;
        // `at` defaults to now; a procedure in the future is then a request error, not an engine exception.
        if (at is null && timeProvider.GetUtcNow() < procedure.PerformedAt)
        {
            return new AftercareProblem(Problems.Validation("procedure.performedAt", "Is in the future; give 'at' to check a moment after it."));
        }

        var result = engine.Check(new CheckInput(procedure, at, read.Protocol!, read.Products));
        foreach (var product in result.Products)
        {
            metrics.Verdict(product.Verdict);
        }

        return TypedResults.Ok(CheckResponse.From(result, CatalogueInfo.From(catalogue)));
    }
}
