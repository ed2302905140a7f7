namespace Compatibility.Core.Protocols;

/// <summary>
/// A protocol as stored: its id, version and the JSON text of the protocol model. Storage and import
/// carry protocols as opaque JSON so the stored form follows the protocol model without a second schema.
/// </summary>
public sealed record ProtocolDocument(string Id, string Version, string Json);
