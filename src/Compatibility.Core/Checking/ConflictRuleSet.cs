using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>The conflict rules as stored in <c>seeds/rules/conflicts.json</c>.</summary>
public sealed record ConflictRuleSet(
    string Version,
    IReadOnlyList<ConflictRule> Rules,
    IReadOnlyList<CompatiblePair> Compatible,
    IReadOnlyList<ProtocolSource> Sources);
