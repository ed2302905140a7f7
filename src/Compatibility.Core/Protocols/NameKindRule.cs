namespace Compatibility.Core.Protocols;

/// <summary>
/// A word in a product's name that says what kind of product it is ("scrub", "BB cream"), whatever category the caller
/// sent. <see cref="Pattern"/> is a case-insensitive .NET regular expression matched against the name.
/// </summary>
/// <param name="Category">The product category the name implies.</param>
/// <param name="Word">How the finding names the match ("scrub").</param>
public sealed record NameKindRule(string Pattern, string Category, string Word, IReadOnlyList<string> Sources);
