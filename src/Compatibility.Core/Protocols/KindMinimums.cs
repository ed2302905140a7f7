namespace Compatibility.Core.Protocols;

/// <summary>Hours a window of each kind never goes below (the policy floors, or a depth band's scaling floor).</summary>
/// <param name="ExemptClasses">Classes the floor does not apply to (hyaluronic acid in the shipped protocol).</param>
public sealed record KindMinimums(
    double Wait,
    double Blocked,
    IReadOnlyList<string>? ExemptClasses = null,
    string? Note = null)
{
    public double For(WindowKind kind) => kind == WindowKind.Blocked ? Blocked : Wait;
}
