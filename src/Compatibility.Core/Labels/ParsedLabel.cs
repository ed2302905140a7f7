using Compatibility.Core.Labels.Reading;

namespace Compatibility.Core.Labels;

/// <summary>A label after reading: its entries and every fragment that is not one, with the reason.</summary>
public sealed record ParsedLabel(IReadOnlyList<LabelEntry> Entries, IReadOnlyList<DroppedText> Dropped);
