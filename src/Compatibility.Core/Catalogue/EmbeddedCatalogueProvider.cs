namespace Compatibility.Core.Catalogue;

/// <summary>Serves the catalogue embedded from <c>seeds/</c>: the default when no storage is configured.</summary>
public sealed class EmbeddedCatalogueProvider : ICatalogueProvider
{
    public const string SourceName = CatalogueSnapshot.EmbeddedSource;

    public EmbeddedCatalogueProvider(TimeProvider timeProvider)
    {
        Current = CatalogueSnapshot.FromEmbedded(SourceName, timeProvider.GetUtcNow());
    }

    public CatalogueSnapshot Current { get; }

    public bool Degraded => false;
}
