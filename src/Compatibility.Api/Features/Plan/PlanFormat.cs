namespace Compatibility.Api.Features.Plan;

/// <summary>What a plan is answered as, chosen from the request's <c>Accept</c> header.</summary>
public enum PlanFormat
{
    Json,
    Calendar,
    Html,
}
