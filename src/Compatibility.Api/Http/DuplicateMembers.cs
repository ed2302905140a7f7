using System.Text.Json;

namespace Compatibility.Api.Http;

/// <summary>
/// Finds a member given twice in one JSON object, also when the two differ only in case (<c>"INCI"</c> beside
/// <c>"inci"</c>: the API binds names case-insensitively). System.Text.Json would keep the last one, so a gateway or
/// log reading the first would see another request than the one judged; such a body is refused instead.
/// </summary>
/// <remarks>
/// Runs on every request body, so it allocates only the member names and one set per object of two or more members;
/// the path of a duplicate is put together only when one is found.
/// </remarks>
public static class DuplicateMembers
{
    /// <summary>The path of the first repeated member (<c>products[0].inci</c>), or null. Malformed JSON gives null: the parser names it.</summary>
    public static string? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var scopes = new List<Scope>(8);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        scopes.Add(new Scope(reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        scopes.RemoveAt(scopes.Count - 1);
                        ValueDone(scopes);
                        break;
                    case JsonTokenType.PropertyName:
                        var scope = scopes[^1];
                        var name = reader.GetString()!;
                        if (!scope.Add(name))
                        {
                            return PathOf(scopes, name);
                        }

                        break;
                    default:
                        ValueDone(scopes);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static void ValueDone(List<Scope> scopes)
    {
        if (scopes.Count > 0 && !scopes[^1].IsObject)
        {
            scopes[^1].Index++;
        }
    }

    /// <summary><c>products[1].sku</c>: each container's place in its parent, then the repeated name.</summary>
    private static string PathOf(List<Scope> scopes, string name)
    {
        var path = new System.Text.StringBuilder();
        for (var s = 0; s < scopes.Count - 1; s++)
        {
            if (scopes[s].IsObject)
            {
                if (path.Length > 0) path.Append('.');
                path.Append(scopes[s].Current);
            }
            else
            {
                path.Append('[').Append(scopes[s].Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (path.Length > 0) path.Append('.');
        return path.Append(name).ToString();
    }

    private sealed class Scope(bool isObject)
    {
        private HashSet<string>? _names;

        public bool IsObject { get; } = isObject;

        /// <summary>For an object: the member whose value is being read.</summary>
        public string? Current { get; private set; }

        /// <summary>For an array: the index of the value being read.</summary>
        public int Index { get; set; }

        /// <summary>False when the object already has a member of this name (ignoring case).</summary>
        public bool Add(string name)
        {
            if (Current is { } first && _names is null)
            {
                // The set is made at the second member: most objects of a request are small.
                _names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { first };
            }

            if (_names is not null && !_names.Add(name))
            {
                return false;
            }

            Current = name;
            return true;
        }
    }
}
