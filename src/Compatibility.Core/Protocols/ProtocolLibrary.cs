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

    /// <summary>The procedure types some protocol is for, in id order.</summary>
    public IReadOnlyList<string> ProcedureTypes => _byId.Values.Select(p => p.ProcedureType).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The default protocol of a procedure type: the library default when it is for that type, else <c>{type}-standard</c>,
    /// else the first protocol for the type by id; null when no protocol is for it (an unknown type, a 400).
    /// </summary>
    public Protocol? DefaultFor(string procedureType)
    {
        if (string.Equals(Default.ProcedureType, procedureType, StringComparison.OrdinalIgnoreCase)) return Default;
        if (_byId.TryGetValue(procedureType + "-standard", out var standard) && string.Equals(standard.ProcedureType, procedureType, StringComparison.OrdinalIgnoreCase)) return standard;
        return _byId.Values.Where(p => string.Equals(p.ProcedureType, procedureType, StringComparison.OrdinalIgnoreCase)).OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The protocol with this id (null id = the default); null when unknown (a 404 for the caller).</summary>
    public Protocol? Find(string? id) => id is null ? Default : _byId.GetValueOrDefault(id);
}
