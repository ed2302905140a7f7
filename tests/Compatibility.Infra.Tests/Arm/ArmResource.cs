using System.Text.Json.Nodes;

namespace Compatibility.Infra.Tests.Arm;

/// <summary>
/// One resource of a compiled template, with the module deployment it sits in (null at the top level),
/// so a test can follow a module parameter back to the value the parent template passed.
/// </summary>
internal sealed record ArmResource(string Type, JsonObject Json, ArmDeployment? Deployment)
{
    public JsonObject Properties => Json["properties"]?.AsObject() ?? new JsonObject();

    public string? Scope => Json["scope"]?.GetValue<string>();

    public string? Condition => Json["condition"]?.ToString();

    public JsonNode? At(params string[] path)
    {
        JsonNode? node = Json;
        foreach (var step in path)
        {
            node = node?[step];
        }

        return node;
    }
}
