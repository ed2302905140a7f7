using Compatibility.Api.Features.Aftercare.Response;

namespace Compatibility.Api.Features.Prepare;

/// <summary>Preparation advice; <see cref="From"/> is when it starts to apply (null for "tell your clinic").</summary>
public sealed record PrepareAdvice(string Id, string Title, string Detail, DateTimeOffset? From, SourceList Sources)
{
    /// <summary>The mapping from Core's advice; not <c>From</c>, which is the contract's field.</summary>
    public static PrepareAdvice Of(Core.Preparing.PrepareAdvice advice) =>
        new(advice.Id, advice.Title, advice.Detail, advice.From, SourceRef.From(advice.Sources));
}
