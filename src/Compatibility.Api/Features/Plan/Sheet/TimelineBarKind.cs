namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>How a stretch of a timeline row is drawn; each has its own colour and its own pattern, for black-and-white print.</summary>
public enum TimelineBarKind
{
    /// <summary>Held back: a blocked product window, or advice to avoid something.</summary>
    Blocked,

    /// <summary>Waiting: a gentle product's short wait, or advice that starts later.</summary>
    Wait,

    /// <summary>Cannot be decided (unrecognised ingredients): ask the clinic.</summary>
    Review,
}
