namespace Compatibility.Api.Features.Plan.Response;

/// <summary>When the next session may (<see cref="Earliest"/>) and should at the latest (<see cref="Latest"/>) take place.</summary>
public sealed record NextSessionWindow(DateTimeOffset Earliest, DateTimeOffset Latest)
{
    public static NextSessionWindow From(Core.Planning.NextSessionWindow window) => new(window.Earliest, window.Latest);
}
