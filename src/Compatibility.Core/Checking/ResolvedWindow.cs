using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>A protocol window at one depth band: its length and rule id worked out once.</summary>
internal sealed record ResolvedWindow(ProtocolWindow Window, TimeSpan Length, string RuleId, Verdict HeldVerdict);
