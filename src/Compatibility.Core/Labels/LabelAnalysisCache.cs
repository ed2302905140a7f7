using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Compatibility.Core.Labels;

/// <summary>
/// One snapshot's label analyses by exact label text: the stored products' labels analysed when the snapshot is built,
/// and a bounded cache of the inline labels requests bring (shops check the same products over and over). An analysis
/// depends only on the text and the catalogue, and is immutable, so a cached one is the one the analyser would return;
/// the cache belongs to its snapshot, so a new catalogue starts with an empty one.
/// </summary>
/// <remarks>
/// Bounded by two generations: new analyses go into the current one; when it holds <c>maxLabels</c> labels or
/// <c>maxChars</c> characters of label text, it becomes the previous one and the older previous is dropped. A label
/// found in the previous generation moves back into the current one, so labels in use survive and one-off labels age
/// out, with no per-entry bookkeeping on the hot path.
/// </remarks>
public sealed class LabelAnalysisCache
{
    /// <summary>Labels per generation: a few thousand distinct products in active use.</summary>
    public const int DefaultMaxLabels = 4_096;

    /// <summary>
    /// Label characters per generation. An analysis takes about 17 bytes per label character (9.7 KB for a 565-character
    /// label, LabelBenchmarks), so two full generations hold at most about 70 MB with their keys.
    /// </summary>
    public const long DefaultMaxChars = 2_000_000;

    private readonly LabelAnalyzer _analyzer;
    private readonly FrozenDictionary<string, LabelAnalysis> _stored;
    private readonly int _maxLabels;
    private readonly long _maxChars;
    private readonly Lock _rotation = new();
    private Generation _current = new();
    private Generation _previous = new();

    public LabelAnalysisCache(LabelAnalyzer analyzer, IEnumerable<string> storedLabels, int maxLabels = DefaultMaxLabels, long maxChars = DefaultMaxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLabels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        _analyzer = analyzer;
        _maxLabels = maxLabels;
        _maxChars = maxChars;
        _stored = AnalyseStored(analyzer, storedLabels);
    }

    /// <summary>Inline labels held now (both generations; the stored products' labels not counted).</summary>
    public int CachedLabels => Volatile.Read(ref _current).Count + Volatile.Read(ref _previous).Count;

    /// <summary>The analysis of <paramref name="label"/>: the same as <see cref="LabelAnalyzer.Analyze"/> on this snapshot's catalogue.</summary>
    public LabelAnalysis Analyze(string label)
    {
        if (_stored.TryGetValue(label, out var stored))
        {
            return stored;
        }

        var current = Volatile.Read(ref _current);
        if (current.Entries.TryGetValue(label, out var cached))
        {
            return cached;
        }

        var analysis = Volatile.Read(ref _previous).Entries.TryGetValue(label, out var kept) ? kept : _analyzer.Analyze(label);
        Keep(current, label, analysis);
        return analysis;
    }

    // A stored label the analyser cannot read must not fail the whole snapshot: it is left out here and analysed when a
    // request names it, failing there exactly as it would without this cache.
    private static FrozenDictionary<string, LabelAnalysis> AnalyseStored(LabelAnalyzer analyzer, IEnumerable<string> labels)
    {
        var analysed = new Dictionary<string, LabelAnalysis>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (analysed.ContainsKey(label))
            {
                continue;
            }

            try
            {
                analysed[label] = analyzer.Analyze(label);
            }
            catch (Exception)
            {
                // Left for the request path (see above).
            }
        }

        return analysed.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private void Keep(Generation current, string label, LabelAnalysis analysis)
    {
        // A label larger than a whole generation would rotate everything else out; it is analysed, not kept.
        if (label.Length > _maxChars || !current.Entries.TryAdd(label, analysis))
        {
            return;
        }

        var labels = Interlocked.Increment(ref current.Labels);
        var chars = Interlocked.Add(ref current.Chars, label.Length);
        if (labels < _maxLabels && chars < _maxChars)
        {
            return;
        }

        lock (_rotation)
        {
            // Another thread may have rotated past this generation already.
            if (ReferenceEquals(_current, current))
            {
                Volatile.Write(ref _previous, current);
                Volatile.Write(ref _current, new Generation());
            }
        }
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, LabelAnalysis> Entries = new(StringComparer.Ordinal);
        public int Labels;
        public long Chars;

        public int Count => Volatile.Read(ref Labels);
    }
}
