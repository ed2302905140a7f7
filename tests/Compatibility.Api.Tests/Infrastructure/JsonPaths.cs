using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>Sets or removes a value at a contract-style JSON path (<c>products[1].inci</c>) in a request body.</summary>
public static partial class JsonPaths
{
    public static JsonObject Set(this JsonObject body, string path, JsonNode? value)
    {
        var (parent, last) = Parent(body, path);
        if (last.Index is { } index) parent.AsArray()[index] = value;
        else parent.AsObject()[last.Name!] = value;
        return body;
    }

    public static JsonObject Without(this JsonObject body, string path)
    {
        var (parent, last) = Parent(body, path);
        if (last.Index is { } index) parent.AsArray().RemoveAt(index);
        else parent.AsObject().Remove(last.Name!);
        return body;
    }

    private static (JsonNode Parent, (string? Name, int? Index) Last) Parent(JsonObject body, string path)
    {
        var steps = Segment().Matches(path)
            .Select(m => m.Groups["name"].Success
                ? (Name: (string?)m.Groups["name"].Value, Index: (int?)null)
                : (Name: null, Index: int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        JsonNode node = body;
        foreach (var (name, index) in steps[..^1])
        {
            node = index is { } i ? node.AsArray()[i]! : node.AsObject()[name!]!;
        }

        return (node, steps[^1]);
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
