namespace Compatibility.Core.Labels.Reading;

/// <summary>What a token of label text is. Blanks are not tokens: each token records whether a blank preceded it.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with digits and inner apostrophes after the first letter: <c>Aqua</c>, <c>C12</c>, <c>D'abeille</c>.</summary>
    Word,

    /// <summary>Digits, with a <c>.</c> or <c>,</c> between digits: <c>77891</c>, <c>9.0</c>, <c>1,2</c>.</summary>
    Number,

    /// <summary><c>%</c>.</summary>
    Percent,

    /// <summary>Between entries: <c>,</c> <c>;</c> <c>|</c> and bullets.</summary>
    Separator,

    /// <summary>A line break: separates entries and ends a skipped paragraph.</summary>
    LineBreak,

    /// <summary>An opening bracket; <see cref="LabelToken.Partner"/> is its closing bracket's token, or -1.</summary>
    Open,

    /// <summary>A closing bracket; <see cref="LabelToken.Partner"/> is its opening bracket's token, or -1.</summary>
    Close,

    Slash,

    /// <summary>Hyphens and unicode dashes.</summary>
    Dash,

    Colon,

    Period,

    /// <summary><c>*</c> <c>†</c> <c>‡</c> <c>°</c> <c>¹</c> <c>§</c> <c>#</c>: footnote marks, never part of a name.</summary>
    Footnote,

    /// <summary>Single and double quotes around names in feeds.</summary>
    Quote,

    /// <summary><c>™ ® ©</c> and angle brackets: dropped from names.</summary>
    Noise,

    /// <summary>Anything else: <c>&amp;</c> <c>+</c> <c>±</c> <c>=</c> …</summary>
    Symbol,
}
