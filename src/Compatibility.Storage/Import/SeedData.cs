using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;

namespace Compatibility.Storage.Import;

/// <summary>What an import writes: the catalogue, the protocols and the products of <c>seeds/</c>.</summary>
public sealed record SeedData(CatalogueData Catalogue, IReadOnlyList<ProtocolDocument> Protocols, IReadOnlyList<Product> Products)
{
    /// <summary>The seeds embedded in the Core assembly.</summary>
    public static SeedData LoadEmbedded() =>
        new(EmbeddedCatalogue.Load(), EmbeddedProtocolDocuments.Load(), EmbeddedProducts.Load());
}
