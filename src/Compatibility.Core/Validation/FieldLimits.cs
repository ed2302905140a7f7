namespace Compatibility.Core.Validation;

/// <summary>
/// Limits a field has wherever it arrives, in a public request or an admin write (documented in the contract): a
/// stored product or protocol can always be named and echoed by the public routes.
/// </summary>
public static class FieldLimits
{
    public const int MaxInciLength = 20_000;
    public const int MaxProductNameLength = 200;
    public const int MaxSkuLength = 100;

    /// <summary>As the public routes' <c>protocol</c> field: a longer id could be stored but never named.</summary>
    public const int MaxProtocolIdLength = 100;
}
