using Compatibility.Api.Features.Aftercare.Response;

namespace Compatibility.Api.Features.Plan.Response;

/// <summary>A day of the timeline (0 = the procedure's day, in its offset) with its entries in time order.</summary>
public sealed record PlanDay(int Day, DateOnly Date, IReadOnlyList<PlanEntry> Entries)
{
    public static PlanDay From(Core.Planning.PlanDay day) => new(day.Day, day.Date, ResponseLists.Map(day.Entries, PlanEntry.From));
}
