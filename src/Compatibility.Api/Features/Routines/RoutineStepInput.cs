namespace Compatibility.Api.Features.Routines;

/// <summary>One step of a routine: the <c>ref</c> of a product, and when — a timestamp (<c>at</c>), or <c>day</c> after the procedure plus <c>slot</c> (<c>am</c>/<c>pm</c>).</summary>
public sealed record RoutineStepInput(string? Product, string? At, int? Day, string? Slot);
