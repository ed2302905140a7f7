namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>The procedure the aftercare counts from. Same shape as the contract's <c>procedure</c> object.</summary>
/// <param name="Type">Procedure type, e.g. <c>microneedling</c>.</param>
/// <param name="PerformedAt">When it was done, with the caller's offset.</param>
/// <param name="NeedleDepthMm">Needle depth; null means the protocol's default band.</param>
public sealed record Procedure(string Type, DateTimeOffset PerformedAt, double? NeedleDepthMm = null)
{
    public static Procedure From(Core.Checking.Procedure procedure) => new(procedure.Type, procedure.PerformedAt, procedure.NeedleDepthMm);
}
