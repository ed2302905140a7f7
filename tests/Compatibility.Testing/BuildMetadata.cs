using System.Reflection;

namespace Compatibility.Testing;

/// <summary>Values a project bakes into its assembly at build time (<c>AssemblyMetadata</c> items in its csproj).</summary>
public static class BuildMetadata
{
    public static string Read(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing from {assembly.GetName().Name}; it is set in that project's csproj.");
}
