namespace Compatibility.Core.Catalogue.Matching;

/// <summary>
/// Rules a typo match must pass besides its edit distance, so that a typo is accepted but a
/// different substance is not: words with digits or of up to three letters (<c>D3</c>, <c>NS</c>,
/// <c>PCA</c>, <c>MEA</c>) must be identical (Vitamin D3 is not Vitamin B3), and no single word may
/// take two edits (<c>METHOXYCINNAMATE</c> is not <c>METHOXYCINNAMAL</c>; <c>DICAPRYLATE</c> is not
/// <c>DICAPRATE</c>). When the words do not line up, the names without spaces must be one edit apart. And a word the
/// catalogue itself uses (<paramref name="isCatalogueWord"/>) is no typo: <c>CITRONELLA</c> is not <c>CITRONELLAL</c>,
/// <c>ASPARTATE</c> not <c>ASPARTAME</c>, <c>ALKYL</c> not <c>ALLYL</c>, <c>TOCOPHERYL</c> not <c>TOCOPHEROL</c>.
/// </summary>
public static class FuzzyGuard
{
    public static bool Accepts(string queryKey, string candidateKey, Func<string, bool>? isCatalogueWord = null)
    {
        var query = queryKey.Split(' ');
        var candidate = candidateKey.Split(' ');
        if (query.Length != candidate.Length)
        {
            var compact = candidateKey.Replace(" ", "", StringComparison.Ordinal);
            return EditDistance.Bounded(queryKey.Replace(" ", "", StringComparison.Ordinal), compact, 1) <= 1
                && SameShortWords(query, candidate)
                && (isCatalogueWord is null || query.All(w => !isCatalogueWord(w) || compact.Contains(w, StringComparison.Ordinal)));
        }

        for (var i = 0; i < query.Length; i++)
        {
            var a = query[i];
            var b = candidate[i];
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                continue;
            }

            if (IsShortOrNumbered(a) || IsShortOrNumbered(b) || EditDistance.Bounded(a, b, 1) > 1 || isCatalogueWord?.Invoke(a) == true)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameShortWords(string[] query, string[] candidate) =>
        query.Where(IsShortOrNumbered).SequenceEqual(candidate.Where(IsShortOrNumbered), StringComparer.Ordinal);

    private static bool IsShortOrNumbered(string word) => word.Length <= 3 || word.Any(char.IsAsciiDigit);
}
