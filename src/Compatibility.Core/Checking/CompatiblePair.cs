namespace Compatibility.Core.Checking;

/// <summary>A combination people often ask about that is documented as not a conflict (hyaluronic acid with niacinamide).</summary>
public sealed record CompatiblePair(IReadOnlyList<string> Classes, string Note, IReadOnlyList<string> Sources);
