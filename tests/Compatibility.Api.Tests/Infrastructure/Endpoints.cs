namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>The aftercare endpoints that take a procedure and products.</summary>
public static class Endpoints
{
    public const string Check = "/api/v1/check";
    public const string Routine = "/api/v1/routines/check";
    public const string Plan = "/api/v1/plan";

    public const string Prepare = "/api/v1/prepare";

    public static readonly string[] All = [Check, Routine, Plan];
}
