namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// Stage 2's output: the tokens of one entry and the section it stood in. <paramref name="Tentative"/> entries were read
/// from a marketing sentence and are dropped as marketing when a list heading follows.
/// </summary>
internal readonly record struct RawEntry(int First, int End, bool MayContain, EntryOrigin Origin, bool Tentative = false);
