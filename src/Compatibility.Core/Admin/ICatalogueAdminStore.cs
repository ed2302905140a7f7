using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Admin;

/// <summary>Admin reads and writes of the stored catalogue, as results (never exceptions) for every expected case.</summary>
public interface ICatalogueAdminStore
{
    /// <summary>False when no storage is configured: every operation then answers <see cref="AdminOutcome.Unavailable"/>.</summary>
    bool IsConfigured { get; }

    Task<AdminResult<Ingredient>> GetIngredientAsync(string id, CancellationToken cancellationToken);

    Task<AdminResult<Ingredient>> PutIngredientAsync(Ingredient ingredient, string? ifMatch, CancellationToken cancellationToken);

    Task<AdminResult<Ingredient>> DeleteIngredientAsync(string id, string? ifMatch, CancellationToken cancellationToken);

    Task<AdminResult<ProtocolDocument>> GetProtocolAsync(string id, CancellationToken cancellationToken);

    Task<AdminResult<ProtocolDocument>> PutProtocolAsync(ProtocolDocument protocol, string? ifMatch, CancellationToken cancellationToken);

    Task<AdminResult<ProtocolDocument>> DeleteProtocolAsync(string id, string? ifMatch, CancellationToken cancellationToken);

    Task<AdminResult<Product>> GetProductAsync(string sku, CancellationToken cancellationToken);

    Task<AdminResult<Product>> PutProductAsync(Product product, string? ifMatch, CancellationToken cancellationToken);

    Task<AdminResult<Product>> DeleteProductAsync(string sku, string? ifMatch, CancellationToken cancellationToken);
}
