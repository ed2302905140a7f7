namespace Compatibility.Api.Http;

/// <summary>Client text quoted back in error messages: cut short without splitting a surrogate pair.</summary>
public static class ErrorText
{
    public static string Truncate(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..cut] + "…";
    }
}
