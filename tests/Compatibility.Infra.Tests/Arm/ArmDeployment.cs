using System.Text.Json.Nodes;

namespace Compatibility.Infra.Tests.Arm;

/// <summary>A module as compiled: a Microsoft.Resources/deployments resource with its inner template and the parameter values passed to it.</summary>
internal sealed record ArmDeployment(string SymbolicName, JsonObject Json, ArmTemplate Parent)
{
    public JsonObject Template => Json["properties"]!["template"]!.AsObject();

    public string? Condition => Json["condition"]?.ToString();

    /// <summary>The value (an ARM expression or a literal) the parent passes for one module parameter.</summary>
    public JsonNode? Parameter(string name) => Json["properties"]?["parameters"]?[name]?["value"];
}
