using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>
/// What a product's label, name and category say under one band's windows, before any moment is judged: every finding
/// with how its verdict and <c>until</c> follow from the procedure time, the unrecognised entries and the actives for
/// conflicts. It depends on nothing else, so it is worked out once per (label analysis, windows, category, name) and
/// reused: shops check the same products at ever new moments, and a routine judges each product at every step.
/// </summary>
internal sealed class ProductAssessment
{
    /// <summary>Assessments kept per label analysis (one per windows, category and name it was checked with).</summary>
    internal const int PerLabel = 4;

    private const string UnrecognizedReason = "Not recognised in the ingredient catalogue, so the product cannot be judged safe.";
    private const string EmptyLabelReason = "No ingredients were given, so the product cannot be judged safe.";
    private const string IncompleteLabelReason =
        "Only the key ingredients of a product description were given, not the full ingredient list, so the product cannot be judged safe.";
    private const string NoWindowReason = "The protocol has no window for this class, so the product cannot be judged safe.";

    // Keyed weakly by the analysis: the analyses a snapshot's cache holds keep theirs while they live, and a request's
    // one-off analysis takes its assessments with it. Bounded per analysis, so a caller varying names cannot grow it.
    private static readonly ConditionalWeakTable<Labels.LabelAnalysis, ConcurrentDictionary<Key, ProductAssessment>> Memo = [];

    private ProductAssessment(IReadOnlyList<PendingFinding> findings, IReadOnlyList<string> unrecognized, IReadOnlyList<ActiveClass> actives)
    {
        Findings = findings;
        Unrecognized = unrecognized;
        Actives = actives;
    }

    public IReadOnlyList<PendingFinding> Findings { get; }

    public IReadOnlyList<string> Unrecognized { get; }

    /// <summary>The (ingredient, class) pairs that count for conflicts (see <see cref="ProductResult.Actives"/>).</summary>
    public IReadOnlyList<ActiveClass> Actives { get; }

    /// <summary>The product's assessment under <paramref name="windows"/>: the one worked out before for the same label analysis, category and name, or a new one.</summary>
    public static ProductAssessment For(ProductToCheck product, BandWindows windows)
    {
        var assessments = Memo.GetValue(product.Label, static _ => new ConcurrentDictionary<Key, ProductAssessment>());
        var key = new Key(windows, product.Category, product.Name);
        if (assessments.TryGetValue(key, out var known))
        {
            return known;
        }

        var assessment = Assess(product, windows);
        if (assessments.Count < PerLabel)
        {
            assessments.TryAdd(key, assessment);
        }

        return assessment;
    }

    /// <summary>How many assessments are kept for <paramref name="label"/> (for tests of the bound).</summary>
    internal static int Kept(Labels.LabelAnalysis label) => Memo.TryGetValue(label, out var assessments) ? assessments.Count : 0;

    private static ProductAssessment Assess(ProductToCheck product, BandWindows windows)
    {
        var entries = product.Label.Entries;
        var findings = new List<PendingFinding>();
        var actives = new List<ActiveClass>();
        List<string>? unrecognized = null;

        if (entries.Count == 0)
        {
            findings.Add(Fixed(new Finding(null, null, RuleIds.EmptyLabel, Verdict.Review, null, EmptyLabelReason)));
        }
        else if (product.Label.IsIncomplete)
        {
            // The actives it names are still judged below, so their windows show; the rest of the list is unknown.
            findings.Add(Fixed(new Finding(null, null, RuleIds.IncompleteLabel, Verdict.Review, null, IncompleteLabelReason)));
        }

        var category = product.Category ?? Protocol.UncategorisedAs;
        var named = ProductKinds.FromName(product.Name, product.Category, windows.NameKinds);
        var kinds = named is null ? [category] : new[] { category, named.Category };
        // The kinds the product is known to be: an uncategorised product is not known to be a stick or a cream.
        IReadOnlyList<string> stated = product.Category is null ? named is null ? [] : [named.Category] : kinds;
        AddCategoryFindings(product, windows, category, named, findings);

        var strengths = ConcentrationReader.Read(product.Label, ConcentrationRules.Embedded);
        for (var e = 0; e < entries.Count; e++)
        {
            var primary = true;
            foreach (var part in entries[e].Ingredients)
            {
                var readFrom = ReadingNote.For(entries[e], part, primary);
                primary = false;
                if (part.Match is not { } match)
                {
                    (unrecognized ??= []).Add(part.Text);
                    findings.Add(Fixed(new Finding(part.Text, null, RuleIds.UnrecognizedIngredient, Verdict.Review, null, UnrecognizedReason) { Position = entries[e].Position, ReadFrom = readFrom }));
                    continue;
                }

                var classes = match.Ingredient.Classes;
                for (var c = 0; c < classes.Count; c++)
                {
                    if (windows.ForClass(classes[c]) is not { } window)
                    {
                        findings.Add(Fixed(new Finding(match.Ingredient.InciName, classes[c], RuleIds.NoWindow, Verdict.Review, null, NoWindowReason) { Position = entries[e].Position, ReadFrom = readFrom }));
                        continue;
                    }

                    var pending = ClassFinding(match.Ingredient.InciName, classes[c], window, strengths[e], kinds, stated, actives);
                    findings.Add(readFrom is null ? pending : pending with { Finding = pending.Finding with { ReadFrom = readFrom } });
                }
            }
        }

        return new ProductAssessment(findings, (IReadOnlyList<string>?)unrecognized ?? [], actives);
    }

    /// <summary>
    /// The floor or window of the product's category (a floor is skipped when the product holds an exempt class such as
    /// hyaluronic acid, whose own window decides), and the name's category when the name says the product is something stricter.
    /// </summary>
    private static void AddCategoryFindings(ProductToCheck product, BandWindows windows, string category, CompiledNameKind? named, List<PendingFinding> findings)
    {
        var window = windows.ForCategory(category);
        if (window is not null && !IsExempt(window, product))
        {
            var reason = product.Category is null ? $"No category was given, so it is judged as a leave-on product. {window.Window.Reason}" : window.Window.Reason;
            findings.Add(Timed(category, null, window, window.Length, window.HeldVerdict, reason, f => f with { Category = category }));
        }

        if (named is null || windows.ForCategory(named.Category) is not { } namedWindow) return;
        var stricter = window is null
            || namedWindow.Length > window.Length
            || namedWindow.HeldVerdict.IsWorseThan(window.HeldVerdict);
        if (!stricter) return;
        findings.Add(Timed(named.Category, null, namedWindow, namedWindow.Length, namedWindow.HeldVerdict,
            $"Its name says \"{named.Word}\", so it is also judged as {Article(named.Category)} {named.Category}. {namedWindow.Window.Reason}",
            f => f with { Category = named.Category, FromName = true, Sources = namedWindow.Sources.Concat(named.Sources).DistinctBy(s => s.Id).ToList() }));
    }

    private static bool IsExempt(ResolvedWindow window, ProductToCheck product)
    {
        if (window.Window.ExemptClasses is not { Count: > 0 } exempt) return false;
        foreach (var entry in product.Label.Entries)
        {
            foreach (var part in entry.Ingredients)
            {
                if (part.Match is { } match && match.Ingredient.Classes.Any(exempt.Contains)) return true;
            }
        }

        return false;
    }

    private static PendingFinding ClassFinding(
        string inci, string classId, ResolvedWindow window, EntryStrength strength, IReadOnlyList<string> kinds, IReadOnlyList<string> stated, List<ActiveClass> actives)
    {
        if (!window.AppliesTo(stated))
        {
            // Polyethylene or silica in a stick, cream or sunscreen is a wax or thickener, not scrub beads.
            return new PendingFinding(
                new Finding(inci, classId, window.RuleId, Verdict.Allowed, null,
                    $"In {Article(stated[0])} {stated[0]} this is a wax, thickener or absorbent, not scrub particles; the window applies only in: {string.Join(", ", window.Window.OnlyInCategories!)}.")
                { Sources = window.Sources, Position = strength.Position },
                FindingTiming.FromProcedure);
        }

        var effectiveClass = window.Window.OnlyInCategories is { Count: > 0 } && classId == IngredientClass.PossibleExfoliant
            ? IngredientClass.PhysicalExfoliant
            : classId;

        if (strength.IsTraceFor(classId) && window.Window.Trace is { } trace && window.TraceLength is { } traceLength)
        {
            var neutralised = strength.IsNeutralisedFor(classId);
            var reason = neutralised
                ? $"{strength.NeutralisedBy!.Rule.Reason} ({strength.WhyNeutralised()}); judged as a trace."
                : $"{trace.Reason} ({strength.Why()})";
            var sources = neutralised
                ? window.TraceSources.Concat(ConcentrationRules.Embedded.Refs(strength.NeutralisedBy!.Rule.Sources)).DistinctBy(s => s.Id).ToList()
                : window.TraceSources;
            if (traceLength > TimeSpan.Zero) actives.Add(new ActiveClass(inci, effectiveClass));
            return Timed(inci, classId, window, traceLength, window.TraceVerdict, reason, f => f with { Sources = sources, Position = strength.Position, Trace = true });
        }

        actives.Add(new ActiveClass(inci, effectiveClass));
        var length = LongestFor(window, kinds);
        var why = window.Window.Trace is null && strength.IsTrace
            ? $"{window.Window.Reason} Judged at full strength even as a trace ({strength.Why()})."
            : strength.Percent is not null || strength.FromDescription || (strength.Alphabetical && window.Window.Trace is not null)
                ? $"{window.Window.Reason} ({strength.Why()})"
                : window.Window.Reason;
        return Timed(inci, classId, window, length, window.HeldVerdict, why, f => f with { Position = strength.Position }) with { BlockedLength = window.BlockedLength };
    }

    /// <summary>The window's longest length over the product's kinds (a toner named "peel" takes the stricter of the two).</summary>
    private static TimeSpan LongestFor(ResolvedWindow window, IReadOnlyList<string> kinds)
    {
        var length = window.LengthFor(kinds[0]);
        for (var k = 1; k < kinds.Count; k++)
        {
            var other = window.LengthFor(kinds[k]);
            if (other > length) length = other;
        }

        return length;
    }

    private static PendingFinding Timed(string ingredient, string? classId, ResolvedWindow window, TimeSpan length, Verdict held, string reason, Func<Finding, Finding> details) =>
        new(details(new Finding(ingredient, classId, window.RuleId, held, null, reason) { Sources = window.Sources }), FindingTiming.Window, length, held);

    private static PendingFinding Fixed(Finding finding) => new(finding, FindingTiming.Fixed);

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>What an assessment depends on besides the label: the windows (by instance: one per protocol and band), the category and the name.</summary>
    private readonly record struct Key(BandWindows Windows, string? Category, string? Name);
}
