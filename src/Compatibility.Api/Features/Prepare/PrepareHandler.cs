using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Preparing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Prepare;

/// <summary><c>POST /api/v1/prepare</c>: what to stop, and when, before a planned procedure, and the preparation advice.</summary>
public sealed class PrepareHandler(AftercareRequests requests, TimeProvider timeProvider)
{
    public async Task<Results<Ok<PrepareResult>, AftercareProblem>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await requests.ReadAsync(request, ApiJsonContext.Default.PrepareRequest, cancellationToken);
        if (!read.TryGetInput(out var input, out var unreadable))
        {
            return unreadable;
        }

        var procedure = read.Procedure;
        var at = Timestamps.Parse("at", input.At, read.Errors, required: false);
        if (procedure is not null && (at ?? timeProvider.GetUtcNow()) > procedure.PerformedAt)
        {
            read.Errors.Add("at", at is null
                ? "Defaults to now, which is after procedure.performedAt; give the planned (future) procedure time or an 'at' before it."
                : "Must not be after procedure.performedAt (the planned procedure).");
        }

        if (read.Problem() is { } problem)
        {
            return problem;
        }

        var result = PreparationChecker.Check(new PrepareInput(procedure!, at ?? timeProvider.GetUtcNow().ToOffset(procedure!.PerformedAt.Offset), read.Protocol!, read.Products));
        return TypedResults.Ok(PrepareResult.From(result));
    }
}
