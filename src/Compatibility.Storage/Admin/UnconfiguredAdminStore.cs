using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;

namespace Compatibility.Storage.Admin;

/// <summary>The admin store when no storage is configured: the embedded catalogue is read-only, so every call is "unavailable".</summary>
public sealed class UnconfiguredAdminStore : ICatalogueAdminStore
{
    private const string Detail = "No catalogue storage is configured (Catalogue:ConnectionString or Catalogue:TableServiceUri); the embedded catalogue is read-only.";

    public bool IsConfigured => false;

    public Task<AdminResult<Ingredient>> GetIngredientAsync(string id, CancellationToken cancellationToken) => Unavailable<Ingredient>();

    public Task<AdminResult<Ingredient>> PutIngredientAsync(Ingredient ingredient, string? ifMatch, CancellationToken cancellationToken) => Unavailable<Ingredient>();

    public Task<AdminResult<Ingredient>> DeleteIngredientAsync(string id, string? ifMatch, CancellationToken cancellationToken) => Unavailable<Ingredient>();

    public Task<AdminResult<ProtocolDocument>> GetProtocolAsync(string id, CancellationToken cancellationToken) => Unavailable<ProtocolDocument>();

    public Task<AdminResult<ProtocolDocument>> PutProtocolAsync(ProtocolDocument protocol, string? ifMatch, CancellationToken cancellationToken) => Unavailable<ProtocolDocument>();

    public Task<AdminResult<ProtocolDocument>> DeleteProtocolAsync(string id, string? ifMatch, CancellationToken cancellationToken) => Unavailable<ProtocolDocument>();

    public Task<AdminResult<Product>> GetProductAsync(string sku, CancellationToken cancellationToken) => Unavailable<Product>();

    public Task<AdminResult<Product>> PutProductAsync(Product product, string? ifMatch, CancellationToken cancellationToken) => Unavailable<Product>();

    public Task<AdminResult<Product>> DeleteProductAsync(string sku, string? ifMatch, CancellationToken cancellationToken) => Unavailable<Product>();

    private static Task<AdminResult<T>> Unavailable<T>()
        where T : class => Task.FromResult(AdminResult<T>.Unavailable(Detail));
}
