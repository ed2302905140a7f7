namespace Compatibility.Core.Protocols;

/// <summary>Protocols by id, with the one used when a request names none.</summary>
public sealed class ProtocolLibrary
{
    private readonly Dictionary<string, Protocol> _byId;

    public ProtocolLibrary(IEnumerable<Protocol> protocols, string defaultId = EmbeddedProtocols.StandardId)
    {
        _byId = protocols.ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (!_byId.ContainsKey(defaultId)) throw new ArgumentException($"Default protocol '{defaultId}' is not in the library.", nameof(defaultId));
        DefaultId = defaultId;
    }

    public string DefaultId { get; }

    public Protocol Default => _byId[DefaultId];

    public IReadOnlyCollection<Protocol> All => _byId.Values;

    public static ProtocolLibrary FromEmbedded() => new(EmbeddedProtocols.LoadAll());

    /// <summary>The protocol with this id (null id = the default); null when unknown (a 404 for the caller).</summary>
    public Protocol? Find(string? id) => id is null ? Default : _byId.GetValueOrDefault(id);
}
