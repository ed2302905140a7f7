namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>
/// Maps a Core result list to the response's: one array and a plain loop, no LINQ, since the check maps every finding of
/// every request; an empty list maps to the shared empty array. Lists of strings and numbers are values, not shapes: the
/// records take Core's as they are.
/// </summary>
internal static class ResponseLists
{
    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        if (items.Count == 0) return [];
        var mapped = new TOut[items.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(items[i]);
        }

        return mapped;
    }
}
