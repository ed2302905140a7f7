namespace Compatibility.Api.Http;

/// <summary>Request limits, bound from the <c>Api</c> configuration section. Documented in the contract.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest accepted request body; larger bodies get 413.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
