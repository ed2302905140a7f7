using System.Globalization;
using Compatibility.Api.Http;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>Parses the contract's ISO 8601 timestamps, which must carry an offset.</summary>
public static class Timestamps
{
    /// <summary>
    /// Accepted years. Beyond them windows, days and session spacing added to a moment would overflow
    /// <see cref="DateTimeOffset"/> (a 5xx); no real procedure is that far off anyway.
    /// </summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2999;

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    public static DateTimeOffset? Parse(string field, string? value, ValidationErrors errors, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, "Required: an ISO 8601 timestamp with an offset, e.g. 2026-11-20T10:00:00+01:00.");
            }

            return null;
        }

        var trimmed = value.Trim();
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || HasNumericOffset(trimmed);
        if (!hasOffset
            || !DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors.Add(field, "Must be an ISO 8601 timestamp with an offset, e.g. 2026-11-20T10:00:00+01:00.");
            return null;
        }

        if (parsed.UtcDateTime.Year is < MinYear or > MaxYear)
        {
            errors.Add(field, $"Must be between the years {MinYear} and {MaxYear}.");
            return null;
        }

        return parsed;
    }

    private static bool HasNumericOffset(string value)
    {
        var timeStart = value.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        return timeStart > 0 && value.AsSpan(timeStart).IndexOfAny('+', '-') > 0;
    }
}
