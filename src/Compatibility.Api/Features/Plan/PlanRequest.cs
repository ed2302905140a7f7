using Compatibility.Api.Features.Aftercare;

namespace Compatibility.Api.Features.Plan;

/// <summary>Body of <c>POST /api/v1/plan</c>: a procedure and the products the patient means to use.</summary>
/// <param name="At">Optional "today": the printable sheet marks it on the timeline.</param>
/// <param name="Clinic">Optional clinic name and contact for the printable sheet's header.</param>
/// <param name="From">Optional moment before the procedure: the plan then also gives the preparation days from it.</param>
public sealed record PlanRequest(
    ProcedureInput? Procedure,
    string? Protocol,
    IReadOnlyList<ProductInput?>? Products,
    string? At = null,
    ClinicInput? Clinic = null,
    string? From = null) : IAftercareRequest;
