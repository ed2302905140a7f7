using System.Diagnostics;
using Compatibility.Api.Http;
using Compatibility.Core.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Admin;

/// <summary>
/// Turns an admin store result into the HTTP answer: one status per outcome, problems per RFC 9457. Each kind of call
/// has its own answer type, so the statuses it can give are declared by the code (and documented from it).
/// </summary>
public static class AdminResponses
{
    /// <summary>A <c>PUT</c>: 200 replaced, 201 created (both with the ETag), or why not.</summary>
    public static Results<WithETag<Ok<TDto>>, ValidationProblem, BodyProblem, WithETag<Created<TDto>>, StoreProblem> Written<T, TDto>(AdminResult<T> result, Func<T, TDto> toDto)
        where T : class => result.Outcome switch
    {
        AdminOutcome.Updated => new WithETag<Ok<TDto>>(TypedResults.Ok(toDto(result.Value!)), result.ETag),
        AdminOutcome.Created => new WithETag<Created<TDto>>(TypedResults.Created((string?)null, toDto(result.Value!)), result.ETag),
        AdminOutcome.Invalid => Problems.Validation(result.Errors!.ToDictionary()),
        _ => Refused(result),
    };

    /// <summary>A <c>DELETE</c>: 204, or why not.</summary>
    public static Results<NoContent, ValidationProblem, NotFoundProblem, StoreProblem> Deleted<T>(AdminResult<T> result, string what, string keyField)
        where T : class => result.Outcome switch
    {
        AdminOutcome.Deleted => TypedResults.NoContent(),
        AdminOutcome.NotFound => new NotFoundProblem(Problems.NotFound(what, keyField)),
        AdminOutcome.Invalid => Problems.Validation(result.Errors!.ToDictionary()),
        _ => Refused(result),
    };

    /// <summary>A read: 200 with the ETag, or 404. The caller answers an unavailable store itself (from the snapshot).</summary>
    public static Results<WithETag<Ok<TDto>>, NotFoundProblem> Found<T, TDto>(AdminResult<T> result, Func<T, TDto> toDto, string what, string keyField)
        where T : class => result.Outcome switch
    {
        AdminOutcome.Found => new WithETag<Ok<TDto>>(TypedResults.Ok(toDto(result.Value!)), result.ETag),
        AdminOutcome.NotFound => new NotFoundProblem(Problems.NotFound(what, keyField)),
        _ => throw new UnreachableException($"A store read ends found, not found or unavailable, not '{result.Outcome}'."),
    };

    /// <summary>The <c>If-Match</c> header, or null when the request has none.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>412, 428 or 503: what a write or delete answers when the store refuses it.</summary>
    private static StoreProblem Refused<T>(AdminResult<T> result)
        where T : class => result.Outcome switch
    {
        AdminOutcome.PreconditionFailed => new StoreProblem(
            TypedResults.Problem(
                detail: result.Detail,
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "The item changed since it was read.",
                type: ProblemTypes.PreconditionFailed),
            result.CurrentETag),
        AdminOutcome.PreconditionRequired => new StoreProblem(
            TypedResults.Problem(
                detail: result.Detail,
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                type: ProblemTypes.PreconditionRequired)),
        AdminOutcome.Unavailable => new StoreProblem(Problems.Unavailable(result.Detail ?? "Catalogue storage is unavailable; nothing was written.")),
        _ => throw new UnreachableException($"A write or delete does not end '{result.Outcome}'."),
    };
}
