using System.Text;
using System.Text.Json.Nodes;

namespace Compatibility.Fuzz;

/// <summary>
/// Mutates JSON bodies: nodes replaced by random values of any type, dropped, upper-cased or unknown members added,
/// array items duplicated, nesting; and, at the character level, cut or garbled. Shared by the public and admin fuzzers.
/// </summary>
public sealed class JsonMutator(Random random, IReadOnlyList<string> strings, IReadOnlyList<string> memberNames)
{
    public JsonNode? MutateTree(JsonNode? node, int depth)
    {
        // Replace this node, or go one level down.
        if (node is null || random.Next(4) == 0 || depth > 6)
        {
            return RandomValue(0);
        }

        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                switch (random.Next(5))
                {
                    case 0:
                        obj.Remove(key);
                        break;
                    case 1:
                        obj[key.ToUpperInvariant() + (random.Next(2) == 0 ? "" : "x")] = RandomValue(0);
                        break;
                    default:
                        var child = obj[key];
                        obj[key] = null;
                        obj[key] = MutateTree(child, depth + 1);
                        break;
                }

                return obj;
            case JsonArray array when array.Count > 0:
                var index = random.Next(array.Count);
                switch (random.Next(5))
                {
                    case 0:
                        array.RemoveAt(index);
                        break;
                    case 1:
                        var copies = random.Next(1, 60);
                        var template = array[index]?.ToJsonString();
                        for (var c = 0; c < copies; c++)
                        {
                            array.Add(template is null ? null : JsonNode.Parse(template));
                        }

                        break;
                    default:
                        var item = array[index];
                        array[index] = null;
                        array[index] = MutateTree(item, depth + 1);
                        break;
                }

                return array;
            default:
                return RandomValue(0);
        }
    }

    public JsonNode? RandomValue(int depth) => random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-10, 300)) * (random.Next(2) == 0 ? -1 : 1)),
        4 or 5 => JsonValue.Create(strings[random.Next(strings.Count)]),
        6 => new JsonArray(Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomValue(depth + 1)).ToArray()),
        7 => new JsonObject(Enumerable.Range(0, random.Next(0, 4))
            .Select(i => KeyValuePair.Create(memberNames[random.Next(memberNames.Count)] + (i == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)), RandomValue(depth + 1)))),
        _ => JsonNode.Parse(new string('[', 30) + new string(']', 30)), // deeper than 64 comes from MutateText
    };

    public string MutateText(string body)
    {
        var text = new StringBuilder(body);
        switch (random.Next(5))
        {
            case 0:
                text.Length = random.Next(text.Length + 1); // truncated
                break;
            case 1:
                text.Insert(random.Next(text.Length + 1), "{[\",:}]\\ \0"[random.Next(10)]);
                break;
            case 2:
                text.Remove(random.Next(text.Length), 1);
                break;
            case 3:
                text.Insert(random.Next(text.Length + 1), new string('[', random.Next(10, 2000)));
                break;
            default:
                text.Insert(0, "\ufeff");
                break;
        }

        return text.ToString();
    }
}
