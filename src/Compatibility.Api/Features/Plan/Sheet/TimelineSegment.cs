namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>One stretch of a row, in hours from the procedure (negative: before it).</summary>
public sealed record TimelineSegment(TimelineBarKind Kind, double FromHours, double ToHours);
