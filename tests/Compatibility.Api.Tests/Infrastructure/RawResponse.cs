namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>An HTTP/1.1 response as read off the socket: status, headers (names lower-cased) and the body after de-chunking.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
