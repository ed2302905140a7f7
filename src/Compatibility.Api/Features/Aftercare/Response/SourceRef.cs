using System.Runtime.CompilerServices;

namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>A source a finding rests on, as the protocol (or rule set) lists it: the contract's <c>{ id, title, url }</c>.</summary>
public sealed record SourceRef(string Id, string Title, string? Url)
{
    // Core's source lists are shared by every finding a window or rule makes (and kept with the products' cached
    // assessments), so each list is mapped once while it lives, with its JSON (SourceList), not once per finding.
    private static readonly ConditionalWeakTable<IReadOnlyList<Core.Checking.SourceRef>, SourceList> Mapped = [];

    public static SourceRef From(Core.Checking.SourceRef source) => new(source.Id, source.Title, source.Url);

    public static SourceList From(IReadOnlyList<Core.Checking.SourceRef> sources) =>
        sources.Count == 0 ? SourceList.Empty : Mapped.GetValue(sources, static list => new SourceList(ResponseLists.Map(list, From)));
}
