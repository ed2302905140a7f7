using System.Globalization;
using System.Text;

namespace Compatibility.Core.Admin;

/// <summary>
/// Ids and SKUs as they are stored and looked up: trimmed and in Unicode NFC, so the public routes (which trim)
/// find what the admin routes stored. With invariant globalization <see cref="string.Normalize()"/> does not
/// compose, so decomposed text is refused rather than silently stored in a second spelling. Characters that make two keys look alike or reorder text are refused:
/// controls, format characters (bidi overrides, zero-width, BOM), unpaired surrogates, and for SKUs the
/// fullwidth/halfwidth forms (<c>ＡＢＣ</c> would otherwise be a second, invisible-looking SKU).
/// </summary>
public static class CatalogueKeys
{
    /// <summary>Trims and NFC-normalises; a value that is not valid UTF-16 is returned as given (then refused).</summary>
    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        try
        {
            return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return trimmed; // Unpaired surrogates: Problem() names them.
        }
    }

    /// <summary>Why <paramref name="value"/> cannot be a key, or null.</summary>
    public static string? Problem(string value, bool isSku)
    {
        if (value.Length != value.Trim().Length)
        {
            return "Must not start or end with white space.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return "Must not contain unpaired surrogates.";
            }

            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return "Must not contain control characters or line separators.";
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                return "Must not contain invisible formatting characters (bidi controls, zero-width characters, BOM).";
            }

            // The service runs with invariant globalization, where string.Normalize leaves text as it is; refusing
            // combining marks keeps each key to its one precomposed (NFC) spelling: é, never e + U+0301.
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                return "Must be in composed form (NFC): combining marks are refused; use the precomposed letter.";
            }

            if (isSku && c is >= '\uFF00' and <= '\uFFEF')
            {
                return "Must not contain fullwidth or halfwidth forms; use the ordinary characters.";
            }
        }

        try
        {
            if (!value.IsNormalized(NormalizationForm.FormC))
            {
                return "Must be in Unicode normalisation form C.";
            }
        }
        catch (ArgumentException)
        {
            return "Must be valid Unicode.";
        }

        return null;
    }
}
