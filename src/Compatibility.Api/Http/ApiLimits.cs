namespace Compatibility.Api.Http;

/// <summary>Field limits of the public API (documented in the contract); beyond them a request is a 400.</summary>
public static class ApiLimits
{
    public const int MaxInciLength = 20_000;
    public const int MaxNameLength = 200;
    public const int MaxRefLength = 100;
    public const int MaxSkuLength = 100;
    public const int MaxProducts = 50;
    public const int MaxRoutineSteps = 200;
    public const int MaxSearchQueryLength = 100;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>How far before the procedure a plan's <c>from</c> may reach (a year covers the longest preparation advice, isotretinoin's 6 months).</summary>
    public const int MaxPreparationDays = 366;
}
