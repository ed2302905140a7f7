using Compatibility.Infra.Tests.Arm;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>
/// A role assignment as the compiled template makes it, traced back through its module: who gets it
/// (the expression the main template passes as principal), which built-in roles, and on what scope.
/// </summary>
internal sealed record RoleAssignment(string Principal, IReadOnlyList<string> RoleIds, string ScopeType, string ScopeName, string? ModuleCondition, ArmResource Resource)
{
    public static IReadOnlyList<RoleAssignment> All(ArmTemplate main) =>
        main.OfType("Microsoft.Authorization/roleAssignments").Select(r => From(r)).ToList();

    private static RoleAssignment From(ArmResource resource)
    {
        var module = resource.Deployment ?? throw new InvalidOperationException("Role assignments live in modules.");
        var principal = module.Parameter("principalId")!.GetValue<string>();

        var roleParameter = module.Parameter("roleDefinitionIds") ?? module.Parameter("roleDefinitionId");
        IEnumerable<System.Text.Json.Nodes.JsonNode?> roleValues = roleParameter is System.Text.Json.Nodes.JsonArray array ? array : new[] { roleParameter };
        var roleIds = roleValues
            .Select(v => ArmTemplate.Resolve(v, null, module.Parent)!.GetValue<string>())
            .ToList();

        // The scope is "[resourceId('<type>', parameters('<nameParameter>'))]"; follow the name back to the parent.
        var scope = resource.Scope ?? throw new InvalidOperationException("A role assignment here must be scoped to a resource.");
        var match = System.Text.RegularExpressions.Regex.Match(scope, @"^\[resourceId\('(?<type>[^']+)', parameters\('(?<name>\w+)'\)\)\]$");
        if (!match.Success)
        {
            throw new InvalidOperationException($"Unexpected role assignment scope '{scope}'.");
        }

        var scopeName = module.Parameter(match.Groups["name"].Value)!.GetValue<string>();
        return new RoleAssignment(principal, roleIds, match.Groups["type"].Value, scopeName, module.Condition, resource);
    }
}
