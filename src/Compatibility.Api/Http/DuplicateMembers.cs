using System.Text;
using System.Text.Json;

namespace Compatibility.Api.Http;

/// <summary>
/// Finds a member given twice in one JSON object, also when the two differ only in case (<c>"INCI"</c> beside
/// <c>"inci"</c>: the API binds names case-insensitively). System.Text.Json would keep the last one, so a gateway or
/// log reading the first would see another request than the one judged; such a body is refused instead.
/// </summary>
public static class DuplicateMembers
{
    /// <summary>The path of the first repeated member (<c>products[0].inci</c>), or null. Malformed JSON gives null: the parser names it.</summary>
    public static string? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var scopes = new Stack<Scope>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        scopes.Push(new Scope(Path(scopes), isObject: true));
                        break;
                    case JsonTokenType.StartArray:
                        scopes.Push(new Scope(Path(scopes), isObject: false));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        scopes.Pop();
                        if (scopes.TryPeek(out var parent))
                        {
                            parent.ValueDone();
                        }

                        break;
                    case JsonTokenType.PropertyName:
                        var scope = scopes.Peek();
                        var name = reader.GetString()!;
                        if (!scope.Names!.Add(name))
                        {
                            return Join(scope.PathOfContainer, name);
                        }

                        scope.Current = name;
                        break;
                    default:
                        if (scopes.TryPeek(out var container))
                        {
                            container.ValueDone();
                        }

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

    private static string Path(Stack<Scope> scopes)
    {
        if (!scopes.TryPeek(out var parent))
        {
            return string.Empty;
        }

        return parent.IsObject ? Join(parent.PathOfContainer, parent.Current ?? string.Empty) : $"{parent.PathOfContainer}[{parent.Index}]";
    }

    private static string Join(string container, string name) => container.Length == 0 ? name : container + "." + name;

    private sealed class Scope(string pathOfContainer, bool isObject)
    {
        public string PathOfContainer { get; } = pathOfContainer;

        public bool IsObject { get; } = isObject;

        public HashSet<string>? Names { get; } = isObject ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;

        public string? Current { get; set; }

        public int Index { get; private set; }

        public void ValueDone()
        {
            if (!IsObject)
            {
                Index++;
            }
        }
    }
}
