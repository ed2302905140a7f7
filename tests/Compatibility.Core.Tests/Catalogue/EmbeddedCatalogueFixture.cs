using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Tests.Catalogue;

/// <summary>The shipped catalogue, loaded and indexed once for all tests.</summary>
internal static class EmbeddedCatalogueFixture
{
    private static readonly Lazy<CatalogueData> LazyData = new(EmbeddedCatalogue.Load);
    private static readonly Lazy<CatalogueIndex> LazyIndex = new(() => CatalogueIndex.Create(LazyData.Value));

    public static CatalogueData Data => LazyData.Value;

    public static CatalogueIndex Index => LazyIndex.Value;
}
