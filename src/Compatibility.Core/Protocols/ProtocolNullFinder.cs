namespace Compatibility.Core.Protocols;

/// <summary>Names the members and list elements of a parsed protocol that JSON left null, for <see cref="ProtocolValidator"/>.</summary>
internal sealed class ProtocolNullFinder(List<string> errors)
{
    public void Strings(string at, params (string Name, string? Value)[] members)
    {
        foreach (var (name, value) in members)
        {
            if (value is null) errors.Add($"{Join(at, name)} is missing or null");
        }
    }

    /// <summary>A required list: missing or null is named, and so is every null element.</summary>
    public void List<T>(string at, IReadOnlyList<T>? items, Action<T, string>? each = null)
        where T : class
    {
        if (items is null)
        {
            errors.Add($"{at} is missing or null");
            return;
        }

        Elements(at, items, each);
    }

    /// <summary>An optional list: may be missing, but holds no null element.</summary>
    public void Elements<T>(string at, IReadOnlyList<T>? items, Action<T, string>? each = null)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item) each?.Invoke(item, $"{at}[{i}]");
            else errors.Add($"{at}[{i}] is null");
        }
    }

    public void Difference(string at, SourceDifference? differs)
    {
        if (differs is null) return;
        Strings(at + ".differs", ("from", differs.From), ("note", differs.Note));
        List(at + ".differs.sources", differs.Sources);
    }

    private static string Join(string at, string name) => at.Length == 0 ? name : at + "." + name;
}
