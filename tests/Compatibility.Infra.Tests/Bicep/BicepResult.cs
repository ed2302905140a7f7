namespace Compatibility.Infra.Tests.Bicep;

/// <summary>What one Bicep CLI run printed and returned.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Bicep prints diagnostics (warnings and errors alike) to stderr as "file(line,col) : Level code: message".</summary>
    public IReadOnlyList<string> Diagnostics =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Describe() => $"exit {ExitCode}; stderr:\n{StandardError}";
}
