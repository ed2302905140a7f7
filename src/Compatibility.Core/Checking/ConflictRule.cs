namespace Compatibility.Core.Checking;

/// <summary>A pair of class groups that should not meet in one routine: any class of <see cref="First"/> in one product with any class of <see cref="Second"/> in another.</summary>
public sealed record ConflictRule(
    string Id,
    IReadOnlyList<string> First,
    IReadOnlyList<string> Second,
    string Reason,
    string Advice,
    IReadOnlyList<string> Sources,
    string? Note = null);
