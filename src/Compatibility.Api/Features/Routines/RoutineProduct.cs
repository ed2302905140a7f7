using Compatibility.Api.Features.Aftercare.Response;

namespace Compatibility.Api.Features.Routines;

/// <summary>A product of the routine with its findings, once: each finding's verdict is the one it has right after the procedure, its <c>until</c> when it stops.</summary>
public sealed record RoutineProduct(string Ref, string? Name, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Unrecognized)
{
    public static RoutineProduct From(Core.Routines.RoutineProduct product) =>
        new(product.Ref, product.Name, Finding.From(product.Findings), product.Unrecognized);
}
