namespace Compatibility.Core.Routines;

/// <summary>
/// One use of one product: either at a timestamp (<see cref="At"/>), or on day <see cref="Day"/> after the procedure
/// (0 = the procedure's own day, in its offset) in slot <see cref="Slot"/>. Same shape on the wire (<c>product</c>, <c>at</c>, <c>day</c>, <c>slot</c>).
/// </summary>
/// <param name="Product">The <c>ref</c> of a product of the routine.</param>
public sealed record RoutineStep(string? Product, DateTimeOffset? At = null, int? Day = null, DaySlot? Slot = null);
