namespace Compatibility.Core.Protocols;

/// <summary>Where a procedure's protocol departs from standard microneedling: the sources that say so, and how.</summary>
/// <param name="From">The protocol whose value this replaces (<c>microneedling-standard</c>).</param>
public sealed record SourceDifference(string From, IReadOnlyList<string> Sources, string Note);
