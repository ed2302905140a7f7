using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;

namespace Compatibility.Core.Protocols;

/// <summary>
/// Rules every protocol must keep: known class ids and categories, every class covered once,
/// no negative hours, every number with a source that exists, a usable default band,
/// and the protocol's own minimum hours respected. Every number is bounded, so nothing the engine adds to a
/// procedure time (hours × scale, days) can overflow, and no list holds a null.
/// </summary>
public static class ProtocolValidator
{
    /// <summary>Longest window, advice or minimum: two years. The shipped protocol's longest is 336 h.</summary>
    public const double MaxHours = 2 * 365 * 24;

    /// <summary>Largest depth-band scale; the shipped ones are 0.25 and 1.</summary>
    public const double MaxScale = 10;

    /// <summary>Longest session spacing: two years. The shipped one is 28–42 days.</summary>
    public const int MaxDays = 2 * 365;

    /// <summary>Deepest band edge in millimetres; microneedling goes to about 3 mm.</summary>
    public const double MaxDepthMm = 10;

    public static IReadOnlyList<string> Validate(Protocol protocol)
    {
        var errors = new List<string>();
        if (HasNulls(protocol, errors))
        {
            return errors; // The rules below read every element; a null would throw instead of being named.
        }

        if (string.IsNullOrWhiteSpace(protocol.Id)) errors.Add("id is missing");
        if (string.IsNullOrWhiteSpace(protocol.Version)) errors.Add("version is missing");
        if (string.IsNullOrWhiteSpace(protocol.ProcedureType)) errors.Add("procedureType is missing");

        var sourceIds = (protocol.Sources ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        void CheckSources(string where, IReadOnlyList<string>? sources)
        {
            if (sources is null || sources.Count == 0)
            {
                errors.Add($"{where}: no source");
                return;
            }

            errors.AddRange(sources.Where(s => !sourceIds.Contains(s)).Select(s => $"{where}: unknown source '{s}'"));
        }

        if (protocol.MinimumHours is { } floor)
        {
            Hours(errors, "minimumHours wait", floor.Wait);
            Hours(errors, "minimumHours blocked", floor.Blocked);
        }

        ValidateWindows(protocol, errors, CheckSources);
        ValidateBands(protocol, errors, CheckSources);
        ValidateNameKinds(protocol, errors, CheckSources);
        ValidatePreparation(protocol, errors, CheckSources);

        foreach (var advice in protocol.Advice ?? [])
        {
            Hours(errors, $"advice '{advice.Id}'", advice.Hours);
            Range(errors, $"advice '{advice.Id}'", advice.SourceRange);
            CheckSources($"advice '{advice.Id}'", advice.Sources);
            if (advice.Differs is { } differs) CheckSources($"advice '{advice.Id}' differs", differs.Sources);
        }

        if (protocol.SessionSpacing is null)
        {
            errors.Add("sessionSpacing is missing");
        }
        else
        {
            if (protocol.SessionSpacing.MinimumDays <= 0) errors.Add("sessionSpacing.minimumDays must be positive");
            if (protocol.SessionSpacing.MinimumDays > MaxDays || protocol.SessionSpacing.RecommendedMaxDays > MaxDays) errors.Add($"sessionSpacing: days must be at most {MaxDays}");
            if (protocol.SessionSpacing.RecommendedMaxDays < protocol.SessionSpacing.MinimumDays) errors.Add("sessionSpacing.recommendedMaxDays is below minimumDays");
            CheckSources("sessionSpacing", protocol.SessionSpacing.Sources);
        }

        return errors;
    }

    public static void EnsureValid(Protocol protocol)
    {
        var errors = Validate(protocol);
        if (errors.Count > 0) throw new ProtocolValidationException(protocol.Id ?? "?", errors);
    }

    private static void ValidateWindows(Protocol protocol, List<string> errors, Action<string, IReadOnlyList<string>?> checkSources)
    {
        var windows = protocol.Windows ?? [];
        foreach (var window in windows)
        {
            var where = $"window '{window.Id}'";
            if ((window.Class is null) == (window.Category is null)) errors.Add($"{where}: set exactly one of class and category");
            if (window.Class is not null && !IngredientClass.IsKnown(window.Class)) errors.Add($"{where}: unknown class '{window.Class}'");
            if (window.Category is not null && !ProductCategory.IsKnown(window.Category)) errors.Add($"{where}: unknown category '{window.Category}'");
            Hours(errors, where, window.Hours);
            Range(errors, where, window.SourceRange);
            if (string.IsNullOrWhiteSpace(window.Reason)) errors.Add($"{where}: no reason");
            foreach (var (band, hours) in window.DepthHours ?? new Dictionary<string, double>())
            {
                Hours(errors, $"{where}, band '{band}'", hours);
                if (protocol.DepthBands?.Any(b => b.Id == band) != true) errors.Add($"{where}: unknown band '{band}'");
            }

            checkSources(where, window.Sources);
            ValidateWindowExtras(window, where, errors, checkSources);

            if (protocol.MinimumHours is { } floor
                && !(window.Class is not null && (floor.ExemptClasses?.Contains(window.Class) ?? false))
                && window.Hours < floor.For(window.Kind))
            {
                errors.Add($"{where}: {window.Hours} h is under the protocol's minimum of {floor.For(window.Kind)} h for '{window.Kind.ToString().ToLowerInvariant()}'");
            }
        }

        errors.AddRange(windows.GroupBy(w => w.Id).Where(g => g.Count() > 1).Select(g => $"window id '{g.Key}' appears more than once"));
        errors.AddRange(windows.Where(w => w.Class is not null).GroupBy(w => w.Class).Where(g => g.Count() > 1).Select(g => $"class '{g.Key}' has more than one window"));
        errors.AddRange(windows.Where(w => w.Category is not null).GroupBy(w => w.Category).Where(g => g.Count() > 1).Select(g => $"category '{g.Key}' has more than one window"));
        errors.AddRange(IngredientClass.All.Where(c => windows.All(w => w.Class != c)).Select(c => $"class '{c}' has no window"));
    }

    private static void ValidateWindowExtras(ProtocolWindow window, string where, List<string> errors, Action<string, IReadOnlyList<string>?> checkSources)
    {
        if (window.Trace is { } trace)
        {
            if (window.Class is null) errors.Add($"{where}: a trace rule needs a class window");
            if (trace.Hours < 0 || trace.Hours > window.Hours) errors.Add($"{where}: trace hours must be from 0 to the window's hours");
            if (string.IsNullOrWhiteSpace(trace.Reason)) errors.Add($"{where}: trace rule has no reason");
            checkSources($"{where} trace", trace.Sources);
        }

        foreach (var (category, hours) in window.CategoryHours ?? new Dictionary<string, double>())
        {
            if (!ProductCategory.IsKnown(category)) errors.Add($"{where}: unknown category '{category}' in categoryHours");
            Hours(errors, $"{where}, category '{category}'", hours);
        }

        errors.AddRange((window.OnlyInCategories ?? []).Where(c => !ProductCategory.IsKnown(c)).Select(c => $"{where}: unknown category '{c}' in onlyInCategories"));
        errors.AddRange((window.ExemptClasses ?? []).Where(c => !IngredientClass.IsKnown(c)).Select(c => $"{where}: unknown class '{c}' in exemptClasses"));
        if (window.BlockedHours is { } blocked && (window.Kind != WindowKind.Wait || blocked < 0 || blocked > window.Hours))
        {
            errors.Add($"{where}: blockedHours is for wait windows, from 0 to the window's hours");
        }

        if (window.Differs is { } differs) checkSources($"{where} differs", differs.Sources);
    }

    private static void ValidateNameKinds(Protocol protocol, List<string> errors, Action<string, IReadOnlyList<string>?> checkSources)
    {
        foreach (var rule in protocol.NameKinds ?? [])
        {
            var where = $"name kind '{rule.Word}'";
            if (!ProductCategory.IsKnown(rule.Category ?? "")) errors.Add($"{where}: unknown category '{rule.Category}'");
            try
            {
                _ = new System.Text.RegularExpressions.Regex(rule.Pattern ?? "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50));
            }
            catch (ArgumentException)
            {
                errors.Add($"{where}: pattern is not a regular expression");
            }

            checkSources(where, rule.Sources);
        }
    }

    private static void ValidatePreparation(Protocol protocol, List<string> errors, Action<string, IReadOnlyList<string>?> checkSources)
    {
        if (protocol.Preparation is not { } preparation) return;
        foreach (var window in preparation.Windows ?? [])
        {
            var where = $"preparation window '{window.Id}'";
            if ((window.Class is null) == (window.Category is null)) errors.Add($"{where}: set exactly one of class and category");
            if (window.Class is not null && !IngredientClass.IsKnown(window.Class)) errors.Add($"{where}: unknown class '{window.Class}'");
            if (window.Category is not null && !ProductCategory.IsKnown(window.Category)) errors.Add($"{where}: unknown category '{window.Category}'");
            Hours(errors, where, window.Hours);
            Range(errors, where, window.SourceRange);
            if (string.IsNullOrWhiteSpace(window.Reason)) errors.Add($"{where}: no reason");
            checkSources(where, window.Sources);
            if (window.Differs is { } differs) checkSources($"{where} differs", differs.Sources);
        }

        foreach (var advice in preparation.Advice ?? [])
        {
            var where = $"preparation advice '{advice.Id}'";
            if (advice.Hours is { } hours) Hours(errors, where, hours);
            Range(errors, where, advice.SourceRange);
            if (string.IsNullOrWhiteSpace(advice.Title) || string.IsNullOrWhiteSpace(advice.Detail)) errors.Add($"{where}: title and detail are required");
            checkSources(where, advice.Sources);
        }

        var windows = preparation.Windows ?? [];
        errors.AddRange(windows.GroupBy(w => w.Id).Where(g => g.Count() > 1).Select(g => $"preparation window id '{g.Key}' appears more than once"));
        errors.AddRange(windows.Where(w => w.Class is not null).GroupBy(w => w.Class).Where(g => g.Count() > 1).Select(g => $"preparation: class '{g.Key}' has more than one window"));
        errors.AddRange(windows.Where(w => w.Category is not null).GroupBy(w => w.Category).Where(g => g.Count() > 1).Select(g => $"preparation: category '{g.Key}' has more than one window"));
    }

    private static void ValidateBands(Protocol protocol, List<string> errors, Action<string, IReadOnlyList<string>?> checkSources)
    {
        var bands = protocol.DepthBands ?? [];
        if (bands.Count == 0) errors.Add("no depth bands");
        if (bands.All(b => b.Id != protocol.DefaultBand)) errors.Add($"defaultBand '{protocol.DefaultBand}' is not a band");
        foreach (var band in bands)
        {
            var where = $"band '{band.Id}'";
            if (!double.IsFinite(band.Scale) || band.Scale <= 0 || band.Scale > MaxScale) errors.Add($"{where}: scale must be positive and at most {MaxScale}");
            if (band.MinMm is { } low && !(low >= 0 && low <= MaxDepthMm) || band.MaxMm is { } high && !(high >= 0 && high <= MaxDepthMm)) errors.Add($"{where}: depth must be from 0 to {MaxDepthMm} mm");
            if (band.MinMm is { } min && band.MaxMm is { } max && max < min) errors.Add($"{where}: maxMm below minMm");
            if (band.MinimumHours is { } m)
            {
                Hours(errors, $"{where} minimum wait", m.Wait);
                Hours(errors, $"{where} minimum blocked", m.Blocked);
            }
            checkSources(where, band.Sources);
        }
    }

    // Not negative, not NaN or infinite, at most MaxHours: "!(x >= 0)" also catches NaN.
    private static void Hours(List<string> errors, string where, double hours)
    {
        if (!(hours >= 0)) errors.Add($"{where}: negative hours");
        else if (!(hours <= MaxHours)) errors.Add($"{where}: hours must be at most {MaxHours}");
    }

    private static void Range(List<string> errors, string where, HourRange? range)
    {
        if (range is null) return;
        if (!(range.MinHours >= 0) || !(range.MaxHours >= range.MinHours) || !(range.MaxHours <= MaxHours)) errors.Add($"{where}: bad source range");
    }

    // System.Text.Json fills non-nullable members and list elements with null when the JSON says null or leaves a member
    // out. Every reference the rules, the engine and the renderers read without a check is named here first.
    private static bool HasNulls(Protocol protocol, List<string> errors)
    {
        var nulls = new ProtocolNullFinder(errors);
        nulls.Strings("", ("name", protocol.Name), ("defaultBand", protocol.DefaultBand));
        nulls.List("windows", protocol.Windows, (w, at) =>
        {
            nulls.Strings(at, ("id", w.Id), ("reason", w.Reason));
            nulls.List(at + ".sources", w.Sources);
            nulls.Elements(at + ".onlyInCategories", w.OnlyInCategories);
            nulls.Elements(at + ".exemptClasses", w.ExemptClasses);
            if (w.Trace is { } trace) nulls.List(at + ".trace.sources", trace.Sources);
            nulls.Difference(at, w.Differs);
        });
        nulls.List("depthBands", protocol.DepthBands, (b, at) =>
        {
            nulls.Strings(at, ("id", b.Id), ("name", b.Name));
            nulls.List(at + ".sources", b.Sources);
            nulls.Elements(at + ".minimumHours.exemptClasses", b.MinimumHours?.ExemptClasses);
        });
        nulls.List("advice", protocol.Advice, (a, at) =>
        {
            nulls.Strings(at, ("id", a.Id), ("title", a.Title), ("detail", a.Detail));
            nulls.List(at + ".sources", a.Sources);
            nulls.Difference(at, a.Differs);
        });
        nulls.List("sources", protocol.Sources, (s, at) => nulls.Strings(at, ("id", s.Id), ("title", s.Title)));
        nulls.List("notes", protocol.Notes);
        nulls.Elements("minimumHours.exemptClasses", protocol.MinimumHours?.ExemptClasses);
        if (protocol.SessionSpacing is { } spacing) nulls.List("sessionSpacing.sources", spacing.Sources);
        nulls.Elements("nameKinds", protocol.NameKinds, (k, at) =>
        {
            nulls.Strings(at, ("pattern", k.Pattern), ("category", k.Category), ("word", k.Word));
            nulls.List(at + ".sources", k.Sources);
        });
        if (protocol.Preparation is { } preparation)
        {
            nulls.List("preparation.windows", preparation.Windows, (w, at) =>
            {
                nulls.Strings(at, ("id", w.Id), ("reason", w.Reason));
                nulls.List(at + ".sources", w.Sources);
                nulls.Difference(at, w.Differs);
            });
            nulls.List("preparation.advice", preparation.Advice, (a, at) =>
            {
                nulls.Strings(at, ("id", a.Id), ("title", a.Title), ("detail", a.Detail));
                nulls.List(at + ".sources", a.Sources);
                nulls.Difference(at, a.Differs);
            });
        }

        return errors.Count > 0;
    }
}
