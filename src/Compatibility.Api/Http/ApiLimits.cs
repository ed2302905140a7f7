namespace Compatibility.Api.Http;

/// <summary>
/// Field limits of the public API (documented in the contract); beyond them a request is a 400. Those a stored item
/// shares (INCI, product name, SKU, protocol id) are defined once, in <see cref="FieldLimits"/>.
/// </summary>
public static class ApiLimits
{
    public const int MaxInciLength = FieldLimits.MaxInciLength;
    public const int MaxNameLength = FieldLimits.MaxProductNameLength;
    public const int MaxRefLength = 100;
    public const int MaxSkuLength = FieldLimits.MaxSkuLength;
    public const int MaxProtocolIdLength = FieldLimits.MaxProtocolIdLength;
    public const int MaxProducts = 50;
    public const int MaxRoutineSteps = 200;
    public const int MaxSearchQueryLength = 100;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>How far before the procedure a plan's <c>from</c> may reach (a year covers the longest preparation advice, isotretinoin's 6 months).</summary>
    public const int MaxPreparationDays = 366;
}
