using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Tables;
using Polly;

namespace Compatibility.Storage.Admin;

/// <summary>The admin store over the catalogue tables; writes go through the write pipeline (timeout, breaker).</summary>
public sealed class CatalogueAdminStore(CatalogueTables tables, ResiliencePipeline writePipeline) : ICatalogueAdminStore
{
    private readonly EntityStore<Ingredient> _ingredients = new(tables.Ingredients, IngredientMapper.Instance, CatalogueValidation.Ingredient, CatalogueValidation.IngredientId, writePipeline);
    private readonly EntityStore<ProtocolDocument> _protocols = new(tables.Protocols, ProtocolMapper.Instance, CatalogueValidation.Protocol, CatalogueValidation.ProtocolId, writePipeline);
    private readonly EntityStore<Product> _products = new(tables.Products, ProductMapper.Instance, CatalogueValidation.Product, CatalogueValidation.Sku, writePipeline);

    public bool IsConfigured => true;

    public Task<AdminResult<Ingredient>> GetIngredientAsync(string id, CancellationToken cancellationToken) => _ingredients.GetAsync(id, cancellationToken);

    public Task<AdminResult<Ingredient>> PutIngredientAsync(Ingredient ingredient, string? ifMatch, CancellationToken cancellationToken) => _ingredients.PutAsync(ingredient, ifMatch, cancellationToken);

    public Task<AdminResult<Ingredient>> DeleteIngredientAsync(string id, string? ifMatch, CancellationToken cancellationToken) => _ingredients.DeleteAsync(id, ifMatch, cancellationToken);

    public Task<AdminResult<ProtocolDocument>> GetProtocolAsync(string id, CancellationToken cancellationToken) => _protocols.GetAsync(id, cancellationToken);

    public Task<AdminResult<ProtocolDocument>> PutProtocolAsync(ProtocolDocument protocol, string? ifMatch, CancellationToken cancellationToken) => _protocols.PutAsync(protocol, ifMatch, cancellationToken);

    public Task<AdminResult<ProtocolDocument>> DeleteProtocolAsync(string id, string? ifMatch, CancellationToken cancellationToken) => _protocols.DeleteAsync(id, ifMatch, cancellationToken);

    public Task<AdminResult<Product>> GetProductAsync(string sku, CancellationToken cancellationToken) => _products.GetAsync(sku, cancellationToken);

    public Task<AdminResult<Product>> PutProductAsync(Product product, string? ifMatch, CancellationToken cancellationToken) => _products.PutAsync(product, ifMatch, cancellationToken);

    public Task<AdminResult<Product>> DeleteProductAsync(string sku, string? ifMatch, CancellationToken cancellationToken) => _products.DeleteAsync(sku, ifMatch, cancellationToken);
}
