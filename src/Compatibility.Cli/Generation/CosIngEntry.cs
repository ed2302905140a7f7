namespace Compatibility.Cli.Generation;

/// <summary>One CosIng name with what the source files say about it.</summary>
public sealed record CosIngEntry(string InciName, IReadOnlyList<string> Functions, string? CasNumber, int? CosIngRef);
