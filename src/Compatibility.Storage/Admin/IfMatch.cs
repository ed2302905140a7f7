namespace Compatibility.Storage.Admin;

/// <summary>
/// An <c>If-Match</c> header parsed per RFC 9110 §13.1.1: absent, <c>*</c>, or a comma-separated list of entity tags
/// (<c>"x"</c> or <c>W/"x"</c>). Tags are compared weakly (the opaque part only): Azure's ETags are weak in form but
/// change on every write, and clients that drop the <c>W/</c> must still match. Anything else is malformed (400),
/// so no header value ever reaches storage unchecked.
/// </summary>
public sealed class IfMatch
{
    /// <summary>Longest header accepted; a few tags of Azure's ~40 characters fit many times over.</summary>
    public const int MaxLength = 1_024;

    private IfMatch(bool isPresent, bool isAny, IReadOnlyList<string> opaqueTags, string? error)
    {
        IsPresent = isPresent;
        IsAny = isAny;
        OpaqueTags = opaqueTags;
        Error = error;
    }

    public static IfMatch None { get; } = new(false, false, [], null);

    public static IfMatch Any { get; } = new(true, true, [], null);

    public bool IsPresent { get; }

    public bool IsAny { get; }

    /// <summary>The quoted opaque tags (<c>"x"</c>), without any <c>W/</c> prefix.</summary>
    public IReadOnlyList<string> OpaqueTags { get; }

    /// <summary>Why the header is malformed, or null.</summary>
    public string? Error { get; }

    public bool IsValid => Error is null;

    public static IfMatch Parse(string? header)
    {
        if (header is null || header.Trim().Length == 0)
        {
            return None;
        }

        if (header.Length > MaxLength)
        {
            return Malformed($"If-Match must be at most {MaxLength} characters.");
        }

        var value = header.Trim();
        if (value == "*")
        {
            return Any;
        }

        var tags = new List<string>();
        var i = 0;
        while (true)
        {
            SkipSpaces(value, ref i);
            if (i < value.Length && value[i] == ',')
            {
                i++; // RFC 9110 §5.6.1: empty list elements are allowed and ignored.
                continue;
            }

            if (i >= value.Length)
            {
                break;
            }

            if (value.AsSpan(i).StartsWith("W/", StringComparison.Ordinal))
            {
                i += 2;
            }

            if (i >= value.Length || value[i] != '"')
            {
                return Malformed("If-Match must be '*' or one or more entity tags such as \"abc\" or W/\"abc\".");
            }

            var start = i++;
            while (i < value.Length && value[i] != '"')
            {
                if (!IsETagChar(value[i]))
                {
                    return Malformed("An entity tag in If-Match holds a character RFC 9110 does not allow.");
                }

                i++;
            }

            if (i >= value.Length)
            {
                return Malformed("An entity tag in If-Match has no closing quote.");
            }

            tags.Add(value[start..++i]);
            SkipSpaces(value, ref i);
            if (i < value.Length && value[i] != ',')
            {
                return Malformed("Entity tags in If-Match must be separated by commas.");
            }
        }

        return tags.Count == 0 ? Malformed("If-Match lists no entity tag.") : new IfMatch(true, false, tags, null);
    }

    /// <summary>Weak comparison of a stored ETag with the listed tags.</summary>
    public bool Matches(string storedETag)
    {
        if (IsAny)
        {
            return true;
        }

        var opaque = Opaque(storedETag);
        return OpaqueTags.Any(t => string.Equals(t, opaque, StringComparison.Ordinal));
    }

    /// <summary>The quoted part of an ETag, without <c>W/</c>.</summary>
    public static string Opaque(string etag) => etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;

    private static IfMatch Malformed(string error) => new(true, false, [], error);

    private static void SkipSpaces(string value, ref int i)
    {
        while (i < value.Length && value[i] is ' ' or '\t')
        {
            i++;
        }
    }

    // etagc = %x21 / %x23-7E / obs-text (%x80-FF); obs-text is refused too: no tag of ours holds it.
    private static bool IsETagChar(char c) => c == '\x21' || c is >= '\x23' and <= '\x7E';
}
