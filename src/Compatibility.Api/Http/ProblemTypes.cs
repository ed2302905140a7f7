namespace Compatibility.Api.Http;

/// <summary>The <c>type</c> URIs of the API's problem responses (RFC 9457).</summary>
public static class ProblemTypes
{
    private const string Base = "https://compatibility.example/problems/";

    public const string Validation = Base + "validation";
    public const string MalformedJson = Base + "malformed-json";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string NotFound = Base + "not-found";
    public const string Unauthorized = Base + "unauthorized";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string PreconditionRequired = Base + "precondition-required";
    public const string Unavailable = Base + "unavailable";
    public const string BadRequest = Base + "bad-request";
    public const string RequestTimeout = Base + "request-timeout";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string UriTooLong = Base + "uri-too-long";
    public const string HeadersTooLarge = Base + "headers-too-large";
    public const string ServerError = Base + "server-error";
    public const string AdminDisabled = Base + "admin-disabled";
}
