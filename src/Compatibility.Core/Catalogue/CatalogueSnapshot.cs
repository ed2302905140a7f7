using Compatibility.Core.Labels;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Catalogue;

/// <summary>
/// Everything the serving path reads, loaded once and swapped atomically as a whole:
/// the ingredient index (and its analyser and label analyses), the products by SKU, the protocols, and where it came from.
/// </summary>
public sealed class CatalogueSnapshot
{
    /// <summary>Source of the catalogue embedded from <c>seeds/</c>, served because no storage is configured.</summary>
    public const string EmbeddedSource = "embedded";

    /// <summary>Source of a snapshot loaded from Azure Table Storage.</summary>
    public const string TableStorageSource = "table-storage";

    /// <summary>Source of the embedded catalogue served because configured storage could not be read at start.</summary>
    public const string EmbeddedFallbackSource = "embedded-fallback";

    private readonly Dictionary<string, Product> _productsBySku;
    private readonly Dictionary<string, ProtocolDocument> _protocolsById;

    public CatalogueSnapshot(
        CatalogueIndex ingredients,
        string source,
        DateTimeOffset loadedAt,
        IReadOnlyCollection<Product>? products = null,
        IReadOnlyCollection<ProtocolDocument>? protocols = null,
        StoredETags? etags = null)
    {
        ETags = etags ?? StoredETags.None;
        Ingredients = ingredients;
        Analyzer = new LabelAnalyzer(ingredients);
        Source = source;
        LoadedAt = loadedAt;
        _productsBySku = (products ?? []).ToDictionary(p => p.Sku, StringComparer.Ordinal);
        _protocolsById = (protocols ?? []).ToDictionary(p => p.Id, StringComparer.Ordinal);
        ProtocolLibrary = BuildLibrary(_protocolsById.Values);
        Labels = new LabelAnalysisCache(Analyzer, _productsBySku.Values.Select(p => p.Inci));
    }

    /// <summary>The catalogue embedded in the Core assembly: ingredients, products and protocols from <c>seeds/</c>.</summary>
    public static CatalogueSnapshot FromEmbedded(string source, DateTimeOffset loadedAt) =>
        new(CatalogueIndex.Create(EmbeddedCatalogue.Load()), source, loadedAt, EmbeddedProducts.Load(), EmbeddedProtocolDocuments.Load());

    public CatalogueIndex Ingredients { get; }

    /// <summary>Storage ETags of the ingredients and protocols read into this snapshot (none when embedded).</summary>
    public StoredETags ETags { get; }

    public LabelAnalyzer Analyzer { get; }

    /// <summary>
    /// Label analyses on this catalogue: the stored products' analysed at load, inline labels cached (bounded).
    /// What the serving path analyses through; a swapped-in snapshot brings its own.
    /// </summary>
    public LabelAnalysisCache Labels { get; }

    public string Version => Ingredients.Version;

    /// <summary><see cref="EmbeddedSource"/>, <see cref="TableStorageSource"/> or <see cref="EmbeddedFallbackSource"/>.</summary>
    public string Source { get; }

    public DateTimeOffset LoadedAt { get; }

    public IReadOnlyCollection<Product> Products => _productsBySku.Values;

    public IReadOnlyCollection<ProtocolDocument> Protocols => _protocolsById.Values;

    /// <summary>The protocols parsed once per snapshot, so no request parses JSON to find its windows.</summary>
    public ProtocolLibrary ProtocolLibrary { get; }

    public Product? FindProduct(string sku) => _productsBySku.GetValueOrDefault(sku);

    public ProtocolDocument? FindProtocol(string id) => _protocolsById.GetValueOrDefault(id);

    // Stored protocols are validated on write; a clinic that deleted or never imported the shipped default
    // still gets it, so a request naming no protocol always has one.
    private static ProtocolLibrary BuildLibrary(IReadOnlyCollection<ProtocolDocument> documents)
    {
        if (documents.Count == 0)
        {
            return ProtocolLibrary.FromEmbedded();
        }

        var protocols = documents.Select(d => ProtocolSerializer.Deserialize(d.Json)).ToList();
        if (!protocols.Any(p => p.Id == EmbeddedProtocols.StandardId))
        {
            protocols.Add(EmbeddedProtocols.Standard());
        }

        return new ProtocolLibrary(protocols);
    }
}
