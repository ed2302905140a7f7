namespace Compatibility.DevServer;

/// <summary>Endpoint metadata: this route is <c>AuthorizationLevel.Function</c> in the Functions app.</summary>
public sealed class FunctionKeyRequired;
