namespace Compatibility.Cli.CommonNames;

/// <summary>
/// Splits a label text into entries for common-name mining: at commas, semicolons, line breaks and bullets outside
/// round brackets, with list quotes and list brackets trimmed (so a retailer's <c>['a (b) c', 'd']</c> works too).
/// Deliberately simple and independent of the label parser: an entry split wrongly only loses a pattern, it never
/// makes one, because every pattern must name a catalogue INCI name.
/// </summary>
public static class EntrySplitter
{
    public static IEnumerable<string> Split(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is ',' or ';' or '\n' or '\r' or '•')
            {
                var entry = text[start..i].Trim().Trim('[', ']', '\'', '"', ' ', '.', '*', '-', '–');
                start = i + 1;
                if (entry.Length > 0)
                {
                    yield return entry;
                }
            }
        }
    }
}
