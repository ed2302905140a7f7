using Compatibility.Api.Json;
using Compatibility.Api.Http;
using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Admin;

/// <summary><c>GET</c>, <c>PUT</c> and <c>DELETE /api/v1/products/{sku}</c>.</summary>
public sealed class ProductAdminHandler(JsonBody body, ICatalogueAdminStore store, ICatalogueProvider catalogue)
{
    /// <summary>Reads storage for the current ETag; when storage is not configured or down, answers from the snapshot (no ETag).</summary>
    public async Task<Results<WithETag<Ok<ProductDto>>, NotFoundProblem>> GetAsync(HttpRequest request, string sku, CancellationToken cancellationToken)
    {
        sku = RouteKey.Decode(request, sku);
        var result = await store.GetProductAsync(sku, cancellationToken);
        if (result.Outcome == AdminOutcome.Unavailable)
        {
            var product = catalogue.Current.FindProduct(sku);
            return product is null ? new NotFoundProblem(Problems.NotFound("Product", "sku")) : new WithETag<Ok<ProductDto>>(TypedResults.Ok(ProductDto.From(product)), null);
        }

        return AdminResponses.Found(result, ProductDto.From, "Product", "sku");
    }

    public async Task<Results<WithETag<Ok<ProductDto>>, ValidationProblem, BodyProblem, WithETag<Created<ProductDto>>, StoreProblem>> PutAsync(HttpRequest request, string sku, CancellationToken cancellationToken)
    {
        sku = RouteKey.Decode(request, sku);
        var read = await body.ReadAsync(request, ApiJsonContext.Default.ProductBody, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var b = read.Value!;
        var product = new Product(sku, b.Name ?? string.Empty, b.Brand, b.Category, b.Inci ?? string.Empty);
        var result = await store.PutProductAsync(product, AdminResponses.IfMatch(request), cancellationToken);
        return AdminResponses.Written(result, ProductDto.From);
    }

    public async Task<Results<NoContent, ValidationProblem, NotFoundProblem, StoreProblem>> DeleteAsync(HttpRequest request, string sku, CancellationToken cancellationToken)
    {
        sku = RouteKey.Decode(request, sku);
        var result = await store.DeleteProductAsync(sku, AdminResponses.IfMatch(request), cancellationToken);
        return AdminResponses.Deleted(result, "Product", "sku");
    }
}
