namespace Compatibility.Core.Labels.Reading;

/// <summary>Classifies the bracket group opened at a token: a name, noise, a may-contain block or a blend.</summary>
internal static class EntryGroups
{
    public static GroupKind Classify(LabelTokens tokens, int open)
    {
        var close = tokens[open].Partner;
        var first = open + 1;
        if (first >= close)
        {
            return GroupKind.Noise;
        }

        if (LabelVocabulary.TryMatchHeading(tokens, first, close, out var kind, out _) && kind == HeadingKind.MayContain)
        {
            return GroupKind.MayContain;
        }

        var letters = 0;
        var words = 0;
        var units = 0;
        var number = false;
        var percent = false;
        for (var k = first; k < close; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Open && token.Partner > k && token.Partner < close && IsAndGroup(tokens, k))
            {
                return GroupKind.Blend;
            }

            if (token.Kind == TokenKind.Word)
            {
                letters += token.Length;
                words++;
                units += LabelVocabulary.IsUnit(tokens.TextOf(k)) ? 1 : 0;
            }

            number |= token.Kind == TokenKind.Number;
            percent |= token.Kind == TokenKind.Percent;
        }

        // "(40 mg/g)", "(9%)", "[nano]": an amount or a form, no name.
        if (letters == 0 || (percent && letters <= 3) || (number && units == words) || (words == 1 && tokens.IsWord(first, "nano") && close - first == 1))
        {
            return GroupKind.Noise;
        }

        return GroupKind.Name;
    }

    public static bool IsAndGroup(LabelTokens tokens, int open)
    {
        var close = tokens[open].Partner;
        var first = open + 1;
        if (close - first == 1)
        {
            return tokens.IsWord(first, "and") || tokens.IsWord(first, "et") || tokens.IsWord(first, "und")
                || (tokens[first].Kind == TokenKind.Symbol && tokens.Text[tokens[first].Start] == '&');
        }

        return close - first == 3 && tokens.IsWord(first, "and") && tokens.Is(first + 1, TokenKind.Slash) && tokens.IsWord(first + 2, "or");
    }
}
