using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>
/// Writes <see cref="CatalogueData"/> as compact JSON with one ingredient per line (small diffs,
/// fast load). Empty lists and nulls are left out; <see cref="Ingredient"/> reads them back as empty.
/// </summary>
public static class CatalogueWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = CatalogueJsonContext.Default.WithAddedModifier(OmitEmptyLists),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(CatalogueData data)
    {
        var ingredientType = (JsonTypeInfo<Ingredient>)Options.GetTypeInfo(typeof(Ingredient));
        var builder = new StringBuilder(data.Ingredients.Count * 160);
        builder.Append("{\"version\":").Append(JsonSerializer.Serialize(data.Version, (JsonTypeInfo<string>)Options.GetTypeInfo(typeof(string))));
        builder.Append(",\"ingredients\":[\n");
        for (var i = 0; i < data.Ingredients.Count; i++)
        {
            builder.Append(JsonSerializer.Serialize(data.Ingredients[i], ingredientType));
            builder.Append(i + 1 < data.Ingredients.Count ? ",\n" : "\n");
        }

        builder.Append("]}\n");
        return builder.ToString();
    }

    private static void OmitEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (typeof(System.Collections.ICollection).IsAssignableFrom(property.PropertyType) || property.PropertyType == typeof(IReadOnlyList<string>))
            {
                property.ShouldSerialize = static (_, value) => value is not System.Collections.ICollection { Count: 0 };
            }
        }
    }
}
