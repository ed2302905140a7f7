using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Http;

/// <summary>Builds the API's RFC 9457 problem responses so every handler words them the same way.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(
            errors,
            detail: detail ?? "One or more fields are invalid; see 'errors', keyed by JSON path.",
            title: "The request is invalid.",
            type: ProblemTypes.Validation);

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult MalformedJson(string field, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request body is not valid JSON for this endpoint.",
            type: ProblemTypes.MalformedJson,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    public static ProblemHttpResult UnsupportedMediaType(string? contentType) =>
        TypedResults.Problem(
            detail: $"Send 'Content-Type: application/json'; got '{contentType ?? "(none)"}'.",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type.",
            type: ProblemTypes.UnsupportedMediaType);

    public static ProblemHttpResult PayloadTooLarge(int limitBytes) =>
        TypedResults.Problem(
            detail: $"The request body is larger than the limit of {limitBytes} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Payload too large.",
            type: ProblemTypes.PayloadTooLarge);

    public static ProblemHttpResult NotFound(string what, string field) =>
        TypedResults.Problem(
            detail: $"{what} was not found.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found.",
            type: ProblemTypes.NotFound,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [$"{what} was not found."] } });

    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(
            detail: "This endpoint needs a valid key in the 'x-functions-key' header (or the 'code' query parameter).",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Missing or wrong key.",
            type: ProblemTypes.Unauthorized);

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage is unavailable.",
            type: ProblemTypes.Unavailable);
}
