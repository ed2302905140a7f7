namespace Compatibility.Core.Labels.Reading;

/// <summary>A fragment of the label that is not an entry, with the reason. Start/End are character offsets.</summary>
public readonly record struct DroppedText(int Start, int End, DropReason Reason);
