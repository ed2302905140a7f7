using Compatibility.Core.Checking;

namespace Compatibility.Core.Routines;

/// <summary>Two products used in the same slot (same day, same AM/PM) that should not meet.</summary>
/// <param name="Steps">0-based indexes of the two steps.</param>
public sealed record SlotConflict(
    int Day,
    DaySlot Slot,
    IReadOnlyList<int> Steps,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Classes,
    string Reason,
    string Advice,
    string Rule)
{
    /// <summary>The rule's sources.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}
