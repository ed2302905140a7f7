namespace Compatibility.Core.Catalogue;

/// <summary>Serves the catalogue embedded from <c>seeds/</c>: the default when no storage is configured.</summary>
public sealed class EmbeddedCatalogueProvider : ICatalogueProvider
{
    public const string SourceName = "embedded";

    public EmbeddedCatalogueProvider(TimeProvider timeProvider)
    {
        Current = new CatalogueSnapshot(CatalogueIndex.Create(EmbeddedCatalogue.Load()), SourceName, timeProvider.GetUtcNow());
    }

    public CatalogueSnapshot Current { get; }

    public bool Degraded => false;
}
