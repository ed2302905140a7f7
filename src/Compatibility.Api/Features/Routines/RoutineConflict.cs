using Compatibility.Api.Features.Aftercare.Response;

namespace Compatibility.Api.Features.Routines;

/// <summary>
/// Two products that should not meet, said once for the routine: the rule's reason, advice and sources, and every slot
/// (same day, same AM/PM) where the routine puts them together.
/// </summary>
/// <param name="Slots">The slots where the pair meets, in day and slot order.</param>
public sealed record RoutineConflict(
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Classes,
    string Reason,
    string Advice,
    string Rule,
    IReadOnlyList<ConflictSlot> Slots)
{
    /// <summary>The rule's sources.</summary>
    public SourceList Sources { get; init; } = SourceList.Empty;

    public static RoutineConflict From(Core.Routines.RoutineConflict conflict) =>
        new(conflict.Products, conflict.Classes, conflict.Reason, conflict.Advice, conflict.Rule, ResponseLists.Map(conflict.Slots, ConflictSlot.From))
        {
            Sources = SourceRef.From(conflict.Sources),
        };
}
