using System.Text.Json;

namespace Compatibility.Core.Catalogue;

/// <summary>The catalogue generated into <c>seeds/catalogue.json</c> and embedded in this assembly.</summary>
public static class EmbeddedCatalogue
{
    public const string ResourceName = "seeds/catalogue.json";

    public static CatalogueData Load()
    {
        using var stream = typeof(EmbeddedCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing; run the catalogue generator.");

        // One read into memory, then a span deserialisation: much faster than the resumable stream reader for a 5 MB file.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return JsonSerializer.Deserialize(bytes, CatalogueJsonContext.Default.CatalogueData)
            ?? throw new InvalidDataException("Embedded catalogue is empty.");
    }
}
