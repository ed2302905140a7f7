using Compatibility.Core.Catalogue;

namespace Compatibility.Api.Features.Catalogue;

/// <summary>Which catalogue answered: echoed in responses so a caller can tell a fallback from the real thing.</summary>
public sealed record CatalogueInfo(string Version, string Source, bool Degraded)
{
    public static CatalogueInfo From(ICatalogueProvider provider)
    {
        var snapshot = provider.Current;
        return new CatalogueInfo(snapshot.Version, snapshot.Source, provider.Degraded);
    }
}
