namespace Compatibility.Core.Labels.Reading;

/// <summary>Stage 2's output: the tokens of one entry and the section it stood in.</summary>
internal readonly record struct RawEntry(int First, int End, bool MayContain, EntryOrigin Origin);
