using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>Parses a label and matches every entry against the catalogue.</summary>
public sealed class LabelAnalyzer(CatalogueIndex index)
{
    public CatalogueIndex Index { get; } = index;

    public LabelAnalysis Analyze(string inci) => throw new NotImplementedException();
}
