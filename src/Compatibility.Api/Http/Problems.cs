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

    /// <summary>Outside Development the DevServer has no built-in key: its admin routes stay off until one is configured.</summary>
    public static ProblemHttpResult AdminDisabled() =>
        TypedResults.Problem(
            detail: "No admin key is configured on this server (setting Admin__FunctionKey), so its admin routes are off.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Admin routes are not configured.",
            type: ProblemTypes.AdminDisabled);

    /// <summary>
    /// The problem for a status the server produced without a handler (unknown route, wrong method, limits, failures),
    /// so every error answer has the same shape. Unknown statuses get a generic problem of that status.
    /// </summary>
    public static ProblemHttpResult ForStatus(int status, string? detail = null) => status switch
    {
        StatusCodes.Status400BadRequest => Edge(status, ProblemTypes.BadRequest, "Bad request.", detail ?? "The request could not be read."),
        StatusCodes.Status404NotFound => Edge(status, ProblemTypes.NotFound, "Not found.", detail ?? "No endpoint answers this path; see /api/openapi.json."),
        StatusCodes.Status405MethodNotAllowed => Edge(status, ProblemTypes.MethodNotAllowed, "Method not allowed.", detail ?? "This path does not answer this method; the 'Allow' header lists those it does."),
        StatusCodes.Status408RequestTimeout => Edge(status, ProblemTypes.RequestTimeout, "Request timeout.", detail ?? "The request body arrived too slowly."),
        StatusCodes.Status413PayloadTooLarge => Edge(status, ProblemTypes.PayloadTooLarge, "Payload too large.", detail ?? "The request body is larger than the server accepts."),
        StatusCodes.Status414UriTooLong => Edge(status, ProblemTypes.UriTooLong, "URI too long.", detail ?? "The request target is longer than the server accepts."),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => Edge(status, ProblemTypes.HeadersTooLarge, "Request header fields too large.", detail ?? "The request headers are larger than the server accepts."),
        >= 500 => Edge(status, ProblemTypes.ServerError, "Server error.", detail ?? "The server failed to answer this request; it has been logged."),
        _ => TypedResults.Problem(detail: detail, statusCode: status),
    };

    private static ProblemHttpResult Edge(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type);
}
