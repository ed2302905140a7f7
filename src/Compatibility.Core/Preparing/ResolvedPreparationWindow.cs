using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Preparing;

/// <summary>A preparation window with its sources resolved from the protocol's source list.</summary>
internal sealed record ResolvedPreparationWindow(PreparationWindow Window, IReadOnlyList<SourceRef> Sources);
