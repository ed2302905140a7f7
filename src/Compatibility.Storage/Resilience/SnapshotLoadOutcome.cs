using Compatibility.Core.Catalogue;

namespace Compatibility.Storage.Resilience;

/// <summary>What one snapshot load produced: a fresh snapshot, or the fallback (the last good one, or none yet) and why.</summary>
public sealed record SnapshotLoadOutcome(CatalogueSnapshot? Snapshot, Exception? Error)
{
    public bool Succeeded => Error is null;

    public static SnapshotLoadOutcome Loaded(CatalogueSnapshot snapshot) => new(snapshot, null);

    public static SnapshotLoadOutcome FellBack(CatalogueSnapshot? lastGood, Exception error) => new(lastGood, error);
}
