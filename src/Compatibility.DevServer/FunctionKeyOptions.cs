namespace Compatibility.DevServer;

/// <summary>
/// The key the DevServer demands on endpoints that are <c>AuthorizationLevel.Function</c> in the Functions app,
/// so the local server enforces what Azure enforces. Section <c>Admin</c>, e.g. <c>Admin__FunctionKey</c>. Only
/// <c>appsettings.Development.json</c> has one (<c>local-dev-key</c>); in any other environment it must be configured.
/// </summary>
public sealed class FunctionKeyOptions
{
    public const string SectionName = "Admin";

    public string? FunctionKey { get; set; }
}
