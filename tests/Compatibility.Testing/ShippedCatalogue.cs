using Compatibility.Core.Catalogue;

namespace Compatibility.Testing;

/// <summary>The catalogue the server ships (the generator's committed output), loaded and indexed once per test run.</summary>
public static class ShippedCatalogue
{
    private static readonly Lazy<CatalogueData> LazyData = new(EmbeddedCatalogue.Load);
    private static readonly Lazy<CatalogueIndex> LazyIndex = new(() => CatalogueIndex.Create(LazyData.Value));

    public static CatalogueData Data => LazyData.Value;

    public static CatalogueIndex Index => LazyIndex.Value;
}
