using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>
/// Validates the parts shared by check, routine and plan requests (procedure, protocol, products) and turns
/// them into core inputs: inline labels are analysed, SKUs resolve through the snapshot's products.
/// </summary>
public static class AftercareRequestReader
{
    public const double MaxNeedleDepthMm = 3.0;

    /// <summary>How much of a client's ref or SKU a message quotes (contract: 40 characters).</summary>
    private const int MaxQuotedLength = 40;

    /// <summary>Procedure, protocol and products together: the part every aftercare request shares.</summary>
    public static AftercareInputs Read(
        ProcedureInput? procedureInput,
        string? protocolId,
        IReadOnlyList<ProductInput?>? productInputs,
        CatalogueSnapshot snapshot,
        ValidationErrors errors,
        NotFoundFields notFound)
    {
        var procedure = ReadProcedure(procedureInput, errors);
        var protocol = ReadProtocol(protocolId, procedure, snapshot, errors, notFound);
        var products = ReadProducts(productInputs, snapshot, errors, notFound);
        return new AftercareInputs(procedure, protocol, products);
    }

    public static Procedure? ReadProcedure(ProcedureInput? input, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add("procedure", "Required: { type, performedAt, needleDepthMm? }.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(input.Type))
        {
            errors.Add("procedure.type", "Required, e.g. 'microneedling'.");
        }

        // Timestamps accepts years 1900 to 2999 only, so the windows and plans added to this moment cannot overflow.
        var performedAt = Timestamps.Parse("procedure.performedAt", input.PerformedAt, errors, required: true);
        if (input.NeedleDepthMm is { } depth && (double.IsNaN(depth) || depth <= 0 || depth > MaxNeedleDepthMm))
        {
            errors.Add("procedure.needleDepthMm", $"Must be more than 0 and at most {MaxNeedleDepthMm} mm.");
        }

        return performedAt is null || string.IsNullOrWhiteSpace(input.Type)
            ? null
            : new Procedure(input.Type.Trim(), performedAt.Value, input.NeedleDepthMm);
    }

    /// <summary>The named protocol (default when null); records a not-found on <c>protocol</c> when unknown.</summary>
    public static Protocol? ReadProtocol(string? id, Procedure? procedure, CatalogueSnapshot snapshot, ValidationErrors errors, NotFoundFields notFound)
    {
        if (id is not null && (string.IsNullOrWhiteSpace(id) || id.Length > ApiLimits.MaxProtocolIdLength))
        {
            errors.Add("protocol", $"Must be a protocol id of 1 to {ApiLimits.MaxProtocolIdLength} characters.");
            return null;
        }

        var library = snapshot.ProtocolLibrary;
        if (id is null && procedure is not null)
        {
            // No protocol named: the procedure type's default (rf-microneedling, microneedling-prp, microneedling).
            var byType = library.DefaultFor(procedure.Type);
            if (byType is null) errors.Add("procedure.type", $"Unknown procedure type; use one of: {string.Join(", ", library.ProcedureTypes)}.");
            return byType;
        }

        var protocol = library.Find(id?.Trim());
        if (protocol is null)
        {
            notFound.Add("protocol", $"Protocol '{id}' was not found.");
            return null;
        }

        if (procedure is not null && !string.Equals(procedure.Type, protocol.ProcedureType, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("procedure.type", $"Protocol '{protocol.Id}' is for '{protocol.ProcedureType}', not '{procedure.Type}'.");
        }

        return protocol;
    }

    public static List<ProductToCheck> ReadProducts(
        IReadOnlyList<ProductInput?>? products, CatalogueSnapshot snapshot, ValidationErrors errors, NotFoundFields notFound)
    {
        var result = new List<ProductToCheck>();
        if (products is null || products.Count == 0)
        {
            errors.Add("products", "Required: at least one product.");
            return result;
        }

        if (products.Count > ApiLimits.MaxProducts)
        {
            errors.Add("products", $"At most {ApiLimits.MaxProducts} products per request.");
            return result;
        }

        var refs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            var field = $"products[{i}]";
            var product = products[i];
            if (product is null)
            {
                errors.Add(field, "Must be an object with 'inci' or 'sku'.");
                continue;
            }

            // A product without a ref is named by its position, so conflicts can still point at it.
            var reference = product.Ref ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            errors.MaxLength($"{field}.ref", product.Ref, ApiLimits.MaxRefLength);
            if (product.Ref is not null && string.IsNullOrWhiteSpace(product.Ref))
            {
                errors.Add($"{field}.ref", "Must not be empty when given.");
            }

            errors.ReadableText($"{field}.ref", product.Ref);
            if (!refs.Add(reference))
            {
                errors.Add($"{field}.ref", $"Duplicate ref '{Core.Text.DisplayText.Shorten(reference, MaxQuotedLength)}'; refs must be unique.");
            }

            errors.MaxLength($"{field}.name", product.Name, ApiLimits.MaxNameLength);
            errors.ReadableText($"{field}.name", product.Name);
            if (product.Category is not null && !ProductCategory.IsKnown(product.Category))
            {
                errors.Add($"{field}.category", $"Unknown category; use one of: {string.Join(", ", ProductCategory.All)}.");
            }

            var resolved = Resolve(product, field, snapshot, errors, notFound);
            if (resolved is not null)
            {
                result.Add(new ProductToCheck(reference, resolved.Value.Name, resolved.Value.Category, snapshot.Labels.Analyze(resolved.Value.Inci)));
            }
        }

        return result;
    }

    private static (string? Name, string? Category, string Inci)? Resolve(
        ProductInput product, string field, CatalogueSnapshot snapshot, ValidationErrors errors, NotFoundFields notFound)
    {
        var hasInci = product.Inci is not null;
        var hasSku = product.Sku is not null;
        if (hasInci == hasSku)
        {
            errors.Add(field, "Give exactly one of 'inci' (the label text) or 'sku' (a stored product).");
            return null;
        }

        if (hasInci)
        {
            errors.RequireText($"{field}.inci", product.Inci, ApiLimits.MaxInciLength);
            return string.IsNullOrWhiteSpace(product.Inci) || product.Inci.Length > ApiLimits.MaxInciLength
                ? null
                : (product.Name, product.Category, product.Inci);
        }

        errors.RequireText($"{field}.sku", product.Sku, ApiLimits.MaxSkuLength);
        if (string.IsNullOrWhiteSpace(product.Sku) || product.Sku.Length > ApiLimits.MaxSkuLength)
        {
            return null;
        }

        var stored = snapshot.FindProduct(product.Sku.Trim());
        if (stored is null)
        {
            notFound.Add($"{field}.sku", $"No stored product has SKU '{Core.Text.DisplayText.Shorten(product.Sku, MaxQuotedLength)}'.");
            return null;
        }

        // The caller's name and category win over the stored ones: they describe this cart line.
        return (product.Name ?? stored.Name, product.Category ?? stored.Category, stored.Inci);
    }
}
