namespace Compatibility.Api.Features.Aftercare;

/// <summary>The parts every aftercare request body shares (check, routine, plan, prepare).</summary>
public interface IAftercareRequest
{
    ProcedureInput? Procedure { get; }

    string? Protocol { get; }

    IReadOnlyList<ProductInput?>? Products { get; }
}
