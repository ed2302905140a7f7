namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>One row of the timeline picture: a product or an advice item.</summary>
/// <param name="Kind"><c>product</c> or <c>advice</c>.</param>
/// <param name="Key">The product's ref or the advice id.</param>
/// <param name="HeldHours">Hours from the procedure until usable (products) or until the advice ends/starts; null when never decided.</param>
/// <param name="UsableFromHours">Where the "usable from" mark goes; null when there is none (review, or advice that only ends).</param>
/// <param name="OpenEnded">True when the row runs on to the picture's end (review: ask the clinic).</param>
public sealed record TimelineRow(
    string Kind,
    string Key,
    string Label,
    IReadOnlyList<TimelineSegment> Segments,
    double? HeldHours,
    double? UsableFromHours,
    bool OpenEnded);
