namespace Compatibility.Core.Seeds;

/// <summary>
/// The seed files compiled into this assembly (the <c>EmbeddedResource</c> items of Compatibility.Core.csproj): the
/// catalogue, curated tables, protocols, rules and products. This is the core's one way to read them, and it is not
/// I/O: a manifest resource is part of the loaded assembly, like a constant table, so the shipped data is there
/// wherever the process starts, with no file system or network. Anything read at run time from elsewhere (Table
/// Storage, a seeds folder) is read by an adapter and passed in.
/// </summary>
internal static class EmbeddedSeeds
{
    /// <summary>The resource's bytes; a missing one is a build mistake, so it throws.</summary>
    public static Stream Open(string name) =>
        typeof(EmbeddedSeeds).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing (see Compatibility.Core.csproj; seeds/catalogue.json comes from `generate-catalogue`).");

    public static string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>The resources under <paramref name="prefix"/> (<c>seeds/protocols/</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string prefix) =>
        typeof(EmbeddedSeeds).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
