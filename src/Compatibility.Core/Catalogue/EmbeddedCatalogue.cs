using System.Text.Json;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Catalogue;

/// <summary>The catalogue generated into <c>seeds/catalogue.json</c> and embedded in this assembly.</summary>
public static class EmbeddedCatalogue
{
    public const string ResourceName = "seeds/catalogue.json";

    public static CatalogueData Load()
    {
        using var stream = EmbeddedSeeds.Open(ResourceName);

        // One read into memory, then a span deserialisation: much faster than the resumable stream reader for a 5 MB file.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return JsonSerializer.Deserialize(bytes, CatalogueJsonContext.Default.CatalogueData)
            ?? throw new InvalidDataException("Embedded catalogue is empty.");
    }
}
