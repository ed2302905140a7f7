namespace Compatibility.Core.Checking;

/// <summary>A pair of class groups that should not meet in one routine: any class of <see cref="First"/> in one product with any class of <see cref="Second"/> in another.</summary>
/// <param name="Exempt">Ingredients that do not count for this rule (adapalene is stable with benzoyl peroxide), each with its reason and sources.</param>
public sealed record ConflictRule(
    string Id,
    IReadOnlyList<string> First,
    IReadOnlyList<string> Second,
    string Reason,
    string Advice,
    IReadOnlyList<string> Sources,
    string? Note = null,
    IReadOnlyList<ConflictExemption>? Exempt = null);
