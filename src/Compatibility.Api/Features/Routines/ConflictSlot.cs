using DaySlot = Compatibility.Core.Routines.DaySlot;

namespace Compatibility.Api.Features.Routines;

/// <summary>One slot where a conflicting pair meets.</summary>
/// <param name="Steps">0-based indexes of the pair's two steps in that slot.</param>
public sealed record ConflictSlot(int Day, DaySlot Slot, IReadOnlyList<int> Steps)
{
    public static ConflictSlot From(Core.Routines.ConflictSlot slot) => new(slot.Day, slot.Slot, slot.Steps);
}
