namespace Compatibility.Core.Checking;

/// <summary>INCI names normally used at 1 % or less, of one role (preservative, chelator, fragrance).</summary>
public sealed record MarkerGroup(string Role, IReadOnlyList<string> Names, IReadOnlyList<string> Sources, string? Note = null);
