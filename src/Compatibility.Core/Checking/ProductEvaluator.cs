using Compatibility.Core.Catalogue;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>One product at one moment: its findings, verdict and <c>allowedFrom</c>.</summary>
internal static class ProductEvaluator
{
    private const string UnrecognizedReason = "Not recognised in the ingredient catalogue, so the product cannot be judged safe.";
    private const string EmptyLabelReason = "No ingredients were given, so the product cannot be judged safe.";
    private const string IncompleteLabelReason =
        "Only the key ingredients of a product description were given, not the full ingredient list, so the product cannot be judged safe.";
    private const string NoWindowReason = "The protocol has no window for this class, so the product cannot be judged safe.";

    public static ProductResult Evaluate(ProductToCheck product, Protocol protocol, DepthBand band, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset) =>
        Evaluate(product, CompiledProtocol.For(protocol).Windows(band), performedAt, at, offset);

    /// <param name="at">The moment judged.</param>
    /// <param name="offset">The caller's offset every timestamp is given in.</param>
    public static ProductResult Evaluate(ProductToCheck product, BandWindows windows, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var entries = product.Label.Entries;
        var findings = new List<Finding>();
        var actives = new List<ActiveClass>();
        List<string>? unrecognized = null;

        if (entries.Count == 0)
        {
            findings.Add(new Finding(null, null, RuleIds.EmptyLabel, Verdict.Review, null, EmptyLabelReason));
        }
        else if (product.Label.IsIncomplete)
        {
            // The actives it names are still judged below, so their windows show; the rest of the list is unknown.
            findings.Add(new Finding(null, null, RuleIds.IncompleteLabel, Verdict.Review, null, IncompleteLabelReason));
        }

        var category = product.Category ?? Protocol.UncategorisedAs;
        var named = ProductKinds.FromName(product.Name, product.Category, windows.NameKinds);
        var kinds = named is null ? [category] : new[] { category, named.Category };
        // The kinds the product is known to be: an uncategorised product is not known to be a stick or a cream.
        IReadOnlyList<string> stated = product.Category is null ? named is null ? [] : [named.Category] : kinds;
        AddCategoryFindings(product, windows, category, named, performedAt, at, offset, findings);

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
                    findings.Add(new Finding(part.Text, null, RuleIds.UnrecognizedIngredient, Verdict.Review, null, UnrecognizedReason) { Position = entries[e].Position, ReadFrom = readFrom });
                    continue;
                }

                var classes = match.Ingredient.Classes;
                for (var c = 0; c < classes.Count; c++)
                {
                    if (windows.ForClass(classes[c]) is not { } window)
                    {
                        findings.Add(new Finding(match.Ingredient.InciName, classes[c], RuleIds.NoWindow, Verdict.Review, null, NoWindowReason) { Position = entries[e].Position, ReadFrom = readFrom });
                        continue;
                    }

                    var finding = ClassFinding(match.Ingredient.InciName, classes[c], window, strengths[e], kinds, stated, performedAt, at, offset, actives);
                    findings.Add(readFrom is null ? finding : finding with { ReadFrom = readFrom });
                }
            }
        }

        var verdict = Verdict.Allowed;
        var undecidable = false;
        DateTimeOffset? allowedFrom = null;
        foreach (var finding in findings)
        {
            verdict = VerdictSeverity.Worst(verdict, finding.Verdict);
            undecidable |= finding.Verdict == Verdict.Review;
            if (finding.Verdict != Verdict.Allowed && finding.Until is { } until && (allowedFrom is null || until > allowedFrom))
            {
                allowedFrom = until;
            }
        }

        // A product with anything unjudgeable never becomes "allowed", so it has no allowedFrom even while a window still blocks it.
        if (verdict == Verdict.Allowed || undecidable) allowedFrom = null;

        return new ProductResult(product.Ref, product.Name, verdict, allowedFrom, findings, (IReadOnlyList<string>?)unrecognized ?? []) { Actives = actives };
    }

    /// <summary>
    /// The floor or window of the product's category (a floor is skipped when the product holds an exempt class such as
    /// hyaluronic acid, whose own window decides), and the name's category when the name says the product is something stricter.
    /// </summary>
    private static void AddCategoryFindings(
        ProductToCheck product, BandWindows windows, string category, CompiledNameKind? named, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset, List<Finding> findings)
    {
        var window = windows.ForCategory(category);
        if (window is not null && !IsExempt(window, product))
        {
            var reason = product.Category is null ? $"No category was given, so it is judged as a leave-on product. {window.Window.Reason}" : window.Window.Reason;
            findings.Add(Timed(category, null, window, window.Length, window.HeldVerdict, reason, performedAt, at, offset) with { Category = category });
        }

        if (named is null || windows.ForCategory(named.Category) is not { } namedWindow) return;
        var stricter = window is null
            || namedWindow.Length > window.Length
            || namedWindow.HeldVerdict.IsWorseThan(window.HeldVerdict);
        if (!stricter) return;
        findings.Add(Timed(named.Category, null, namedWindow, namedWindow.Length, namedWindow.HeldVerdict,
                $"Its name says \"{named.Word}\", so it is also judged as {Article(named.Category)} {named.Category}. {namedWindow.Window.Reason}", performedAt, at, offset)
            with { Category = named.Category, FromName = true, Sources = namedWindow.Sources.Concat(named.Sources).DistinctBy(s => s.Id).ToList() });
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

    private static Finding ClassFinding(
        string inci, string classId, ResolvedWindow window, EntryStrength strength, IReadOnlyList<string> kinds, IReadOnlyList<string> stated,
        DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset, List<ActiveClass> actives)
    {
        if (!window.AppliesTo(stated))
        {
            // Polyethylene or silica in a stick, cream or sunscreen is a wax or thickener, not scrub beads.
            return new Finding(inci, classId, window.RuleId, Verdict.Allowed, performedAt.ToOffset(offset),
                $"In {Article(stated[0])} {stated[0]} this is a wax, thickener or absorbent, not scrub particles; the window applies only in: {string.Join(", ", window.Window.OnlyInCategories!)}.")
            { Sources = window.Sources, Position = strength.Position };
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
            return Timed(inci, classId, window, traceLength, window.TraceVerdict, reason, performedAt, at, offset)
                with { Sources = sources, Position = strength.Position, Trace = true };
        }

        actives.Add(new ActiveClass(inci, effectiveClass));
        var length = LongestFor(window, kinds);
        var why = window.Window.Trace is null && strength.IsTrace
            ? $"{window.Window.Reason} Judged at full strength even as a trace ({strength.Why()})."
            : strength.Percent is not null || strength.FromDescription || (strength.Alphabetical && window.Window.Trace is not null)
                ? $"{window.Window.Reason} ({strength.Why()})"
                : window.Window.Reason;
        var finding = Timed(inci, classId, window, length, window.HeldVerdict, why, performedAt, at, offset) with { Position = strength.Position };
        if (window.BlockedLength is { } blocked && finding.Verdict != Verdict.Allowed && at < performedAt + blocked)
        {
            // L-ascorbic acid: blocked in the first days, then a wait until the window ends.
            finding = finding with { Verdict = Verdict.Blocked };
        }

        return finding;
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

    private static Finding Timed(
        string ingredient, string? classId, ResolvedWindow window, TimeSpan length, Verdict held, string reason, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var until = (performedAt + length).ToOffset(offset);
        var verdict = at < until ? held : Verdict.Allowed;
        return new Finding(ingredient, classId, window.RuleId, verdict, until, reason) { Sources = window.Sources };
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
