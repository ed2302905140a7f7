using Compatibility.Core.Checking;

namespace Compatibility.Core.Preparing;

/// <summary>Preparation advice; <see cref="From"/> is when it starts to apply (null for "tell your clinic").</summary>
public sealed record PrepareAdvice(string Id, string Title, string Detail, DateTimeOffset? From, IReadOnlyList<SourceRef> Sources);
