namespace Compatibility.Core.Planning;

/// <summary>A day of the timeline (0 = the procedure's day, in its offset) with its entries in time order.</summary>
public sealed record PlanDay(int Day, DateOnly Date, IReadOnlyList<PlanEntry> Entries);
