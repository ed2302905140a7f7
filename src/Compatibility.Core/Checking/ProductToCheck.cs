using Compatibility.Core.Labels;

namespace Compatibility.Core.Checking;

/// <summary>A product after its label has been analysed (inline INCI, or a stored product found by SKU).</summary>
/// <param name="Ref">The caller's own id, echoed back.</param>
/// <param name="Category">One of <see cref="Products.ProductCategory.All"/>, or null.</param>
public sealed record ProductToCheck(string Ref, string? Name, string? Category, LabelAnalysis Label);
