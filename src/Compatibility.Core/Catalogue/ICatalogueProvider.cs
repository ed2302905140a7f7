namespace Compatibility.Core.Catalogue;

/// <summary>Hands the serving path the current snapshot. Never reads storage per call.</summary>
public interface ICatalogueProvider
{
    CatalogueSnapshot Current { get; }

    /// <summary>True when the snapshot is not what configuration asked for (storage unreachable, refresh failing).</summary>
    bool Degraded { get; }
}
