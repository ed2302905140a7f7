namespace Compatibility.Core.Routines;

/// <summary>One slot where a conflicting pair meets.</summary>
/// <param name="Steps">0-based indexes of the pair's two steps in that slot.</param>
public sealed record ConflictSlot(int Day, DaySlot Slot, IReadOnlyList<int> Steps);
