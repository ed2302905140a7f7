using System.Text.RegularExpressions;

namespace Compatibility.Core.Checking;

/// <summary>A protocol's name-kind rule with its pattern compiled.</summary>
internal sealed record CompiledNameKind(Regex Pattern, string Category, string Word, IReadOnlyList<SourceRef> Sources);
