namespace Compatibility.Fuzz;

/// <summary>One admin request as the fuzzer sends it: method, path (with any query), headers, body and its media type.</summary>
/// <param name="ContentType">Null: the body goes without a <c>Content-Type</c>.</param>
public sealed record AdminInput(string Method, string Kind, string Path, IReadOnlyList<(string Name, string Value)> Headers, string? Body, string? ContentType)
{
    public override string ToString() =>
        $"{Method} {Path}\n{string.Join("\n", Headers.Select(h => $"{h.Name}: {Shorten(h.Value)}"))}\nContent-Type: {ContentType ?? "(none)"}\n\n{Body}";

    private static string Shorten(string value) => value.Length <= 300 ? value : value[..300] + $"… ({value.Length} chars)";
}
