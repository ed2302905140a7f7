namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>One <see cref="BothStorageHosts"/> for every class that runs its tests on both hosts (two Azurites, two imports).</summary>
[CollectionDefinition(Name)]
public sealed class BothStorageHostsCollection : ICollectionFixture<BothStorageHosts>
{
    public const string Name = "both storage hosts";
}
