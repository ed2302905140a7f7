namespace Compatibility.Core.Protocols;

/// <summary>A protocol (shipped or stored) that breaks the rules of <see cref="ProtocolValidator"/>.</summary>
public sealed class ProtocolValidationException : Exception
{
    public ProtocolValidationException(string protocolId, IReadOnlyList<string> errors)
        : base($"Protocol '{protocolId}' is invalid: {string.Join("; ", errors)}")
    {
        ProtocolId = protocolId;
        Errors = errors;
    }

    public ProtocolValidationException()
        : this("?", [])
    {
    }

    public ProtocolValidationException(string message)
        : base(message)
    {
        ProtocolId = "?";
        Errors = [message];
    }

    public ProtocolValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        ProtocolId = "?";
        Errors = [message];
    }

    public string ProtocolId { get; } = "?";

    public IReadOnlyList<string> Errors { get; } = [];
}
