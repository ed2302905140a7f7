using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Compatibility.Infra.Tests.Arm;

/// <summary>
/// A compiled ARM template (symbolic-name or classic form) and every resource in it and in its modules.
/// Resolves the few expression shapes the tests need instead of evaluating ARM.
/// </summary>
internal sealed partial class ArmTemplate
{
    public ArmTemplate(JsonObject json)
    {
        Json = json;
    }

    public JsonObject Json { get; }

    public JsonObject Variables => Json["variables"]?.AsObject() ?? new JsonObject();

    public JsonObject Outputs => Json["outputs"]?.AsObject() ?? new JsonObject();

    /// <summary>Resources at this level, keyed by symbolic name (or index for classic templates).</summary>
    public IEnumerable<(string Name, JsonObject Resource)> OwnResources()
    {
        switch (Json["resources"])
        {
            case JsonObject byName:
                foreach (var (name, resource) in byName)
                {
                    yield return (name, resource!.AsObject());
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    yield return (i.ToString(System.Globalization.CultureInfo.InvariantCulture), list[i]!.AsObject());
                }

                break;
        }
    }

    /// <summary>Every resource, descending into module deployments.</summary>
    public IEnumerable<ArmResource> AllResources() => Walk(this, deployment: null);

    public IEnumerable<ArmResource> OfType(string type) =>
        AllResources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var found = OfType(type).ToList();
        Assert.True(found.Count == 1, $"expected exactly one {type}, found {found.Count}");
        return found[0];
    }

    /// <summary>
    /// Resolves a value in the context of a module: <c>[parameters('x')]</c> follows the parent's value,
    /// <c>[variables('v').k]</c> reads the template's variables; anything else comes back as it is.
    /// </summary>
    public static JsonNode? Resolve(JsonNode? value, ArmDeployment? deployment, ArmTemplate template)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return value;
        }

        var parameter = ParameterReference().Match(text);
        if (parameter.Success && deployment is not null)
        {
            return Resolve(deployment.Parameter(parameter.Groups["name"].Value), null, deployment.Parent);
        }

        var variable = VariableReference().Match(text);
        if (variable.Success)
        {
            var node = template.Variables[variable.Groups["name"].Value];
            if (variable.Groups["member"].Success)
            {
                node = node?[variable.Groups["member"].Value];
            }

            return node?.DeepClone();
        }

        return value;
    }

    private static IEnumerable<ArmResource> Walk(ArmTemplate template, ArmDeployment? deployment)
    {
        foreach (var (name, resource) in template.OwnResources())
        {
            var type = resource["type"]!.GetValue<string>();
            yield return new ArmResource(type, resource, deployment);
            if (type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject inner)
            {
                var child = new ArmDeployment(name, resource, template);
                foreach (var nested in Walk(new ArmTemplate(inner), child))
                {
                    yield return nested;
                }
            }
        }
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)(\.(?<member>\w+))?\]$")]
    private static partial Regex VariableReference();
}
