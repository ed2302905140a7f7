using System.Buffers;
using System.Runtime.CompilerServices;

namespace Compatibility.Core.Catalogue;

/// <summary>
/// Turns an ingredient name into the key used to compare names: upper case, accents dropped,
/// every run of punctuation or whitespace a single space (so hyphen and space variants agree),
/// <c>&amp;</c> as <c>AND</c>, ™/®/* gone, a lone hybrid marker (<c>×</c>, <c>x</c>) dropped, and
/// British spellings mapped to the INCI ones (<c>HYDROLYSED</c> → <c>HYDROLYZED</c>), and the Greek isomer letters
/// spelled out as words (<c>β-Carotene</c> = <c>BETA-CAROTENE</c>, <c>δ-Gluconolactone</c> = <c>DELTA GLUCONOLACTONE</c>).
/// The compact form additionally drops the spaces (<c>Butyleneglycol</c> = <c>BUTYLENE GLYCOL</c>).
/// </summary>
public static class NameNormalizer
{
    // British label spellings → INCI (US) spellings. Applied per word, on both sides of a comparison.
    private static readonly (string From, string To)[] Spellings =
    [
        ("HYDROLYSED", "HYDROLYZED"),
        ("SULPHATE", "SULFATE"),
        ("SULPHITE", "SULFITE"),
        ("SULPHIDE", "SULFIDE"),
        ("SULPHUR", "SULFUR"),
        ("ALUMINIUM", "ALUMINUM"),
        ("CAESIUM", "CESIUM"),
    ];

    private const int StackLimit = 256;

    /// <summary>The comparison key of <paramref name="name"/>; empty when the name has no letters or digits.</summary>
    public static string Normalize(string name) => Normalize(name.AsSpan());

    /// <inheritdoc cref="Normalize(string)"/>
    public static string Normalize(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        var capacity = MaxLength(name.Length);
        var buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = Normalize(name, buffer);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The key without spaces: catches names written together or apart (<c>C12-15</c> / <c>C1215</c>).</summary>
    public static string Compact(string name) => Compact(name.AsSpan());

    /// <inheritdoc cref="Compact(string)"/>
    public static string Compact(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        var capacity = MaxLength(name.Length);
        var buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = RemoveSpaces(buffer[..Normalize(name, buffer)]);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>True when both names have the same key.</summary>
    public static bool AreSame(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>Largest key length for an input of <paramref name="inputLength"/> characters (<c>&amp;</c> grows to <c> AND </c>, <c>α</c> to <c> ALPHA</c>).</summary>
    public static int MaxLength(int inputLength) => (inputLength * 6) + 1;

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="destination"/> (at least <see cref="MaxLength"/> long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var tokenStart = 0;
        var inToken = false;
        foreach (var raw in name)
        {
            var word = raw < 128 ? (raw == '&' ? "AND" : null) : GreekWord(raw);
            var c = word is null ? Fold(raw) : '\0';
            if (c == '\0')
            {
                if (inToken)
                {
                    length = EndToken(destination, tokenStart, length);
                    inToken = false;
                }

                if (word is not null)
                {
                    // A word of its own, whatever touches it: "Fruit&Flower", "βCarotene".
                    length = StartToken(destination, length, out tokenStart);
                    word.AsSpan().CopyTo(destination[length..]);
                    length += word.Length;
                }

                continue;
            }

            if (!inToken)
            {
                length = StartToken(destination, length, out tokenStart);
                inToken = true;
            }

            destination[length++] = c;
        }

        return inToken ? EndToken(destination, tokenStart, length) : length;
    }

    private static int StartToken(Span<char> destination, int length, out int tokenStart)
    {
        if (length > 0)
        {
            destination[length++] = ' ';
        }

        tokenStart = length;
        return length;
    }

    // Finishes the word that starts at tokenStart: drops a lone hybrid marker X and applies spelling variants.
    private static int EndToken(Span<char> destination, int tokenStart, int length)
    {
        var token = destination[tokenStart..length];
        if (token.Length == 1 && token[0] == 'X' && tokenStart > 0)
        {
            // "Mentha x Piperita": the botanical hybrid sign, not a word. Remove it and its leading space.
            return tokenStart - 1;
        }

        if (token.Length >= 7)
        {
            foreach (var (from, to) in Spellings)
            {
                if (token.SequenceEqual(from))
                {
                    to.AsSpan().CopyTo(destination[tokenStart..]);
                    return tokenStart + to.Length;
                }
            }
        }

        return length;
    }

    private static int RemoveSpaces(Span<char> key)
    {
        var length = 0;
        foreach (var c in key)
        {
            if (c != ' ')
            {
                key[length++] = c;
            }
        }

        return length;
    }

    // Greek letters name isomers on labels (α-Tocopherol, β-Glucan, δ-Gluconolactone); INCI spells them out.
    private static string? GreekWord(char c) => c switch
    {
        'α' => "ALPHA",
        'β' => "BETA",
        'γ' => "GAMMA",
        'δ' => "DELTA",
        'ω' => "OMEGA",
        _ => null,
    };

    /// <summary>Upper-case ASCII letter or digit for <paramref name="c"/>, or '\0' when it separates words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per character of every name looked up
    private static char Fold(char c)
    {
        if (c is >= 'A' and <= 'Z' or >= '0' and <= '9')
        {
            return c;
        }

        if (c is >= 'a' and <= 'z')
        {
            return (char)(c - 32);
        }

        return c < 128 ? '\0' : FoldAccented(c);
    }

    private static char FoldAccented(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => 'A',
        'ç' or 'Ç' => 'C',
        'è' or 'é' or 'ê' or 'ë' or 'È' or 'É' or 'Ê' or 'Ë' => 'E',
        'ì' or 'í' or 'î' or 'ï' or 'Ì' or 'Í' or 'Î' or 'Ï' => 'I',
        'ñ' or 'Ñ' => 'N',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' => 'O',
        'ù' or 'ú' or 'û' or 'ü' or 'Ù' or 'Ú' or 'Û' or 'Ü' => 'U',
        'ý' or 'ÿ' or 'Ý' => 'Y',
        'ß' => 'S',
        _ => '\0', // ×, ™, ®, NBSP, dashes, quotes: separators
    };
}
