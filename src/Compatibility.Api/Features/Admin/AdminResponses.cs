using Compatibility.Api.Http;
using Compatibility.Core.Admin;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Admin;

/// <summary>Turns an admin store result into the HTTP answer: one status per outcome, problems per RFC 9457.</summary>
public static class AdminResponses
{
    public static IResult From<T, TDto>(AdminResult<T> result, Func<T, TDto> toDto, string what, string keyField)
        where T : class => result.Outcome switch
    {
        AdminOutcome.Found or AdminOutcome.Updated => new WithETag(TypedResults.Ok(toDto(result.Value!)), result.ETag),
        AdminOutcome.Created => new WithETag(TypedResults.Created((string?)null, toDto(result.Value!)), result.ETag),
        AdminOutcome.Deleted => TypedResults.NoContent(),
        AdminOutcome.NotFound => Problems.NotFound(what, keyField),
        AdminOutcome.Invalid => Problems.Validation(result.Errors!.ToDictionary()),
        AdminOutcome.PreconditionFailed => new WithETag(PreconditionFailed(result.Detail), result.CurrentETag),
        AdminOutcome.PreconditionRequired => PreconditionRequired(result.Detail),
        _ => Problems.Unavailable(result.Detail ?? "Catalogue storage is unavailable; nothing was written."),
    };

    /// <summary>The <c>If-Match</c> header, or null when the request has none.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static IResult PreconditionFailed(string? detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The item changed since it was read.",
            type: ProblemTypes.PreconditionFailed);

    private static IResult PreconditionRequired(string? detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status428PreconditionRequired,
            title: "If-Match is required.",
            type: ProblemTypes.PreconditionRequired);
}
