namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>
/// The sheet's colours. Every text colour is paired with the background it is drawn on in <see cref="TextPairs"/>,
/// and every mark with white in <see cref="GraphicPairs"/>; a test checks WCAG 2.2 AA contrast for each
/// (4.5:1 text, 3:1 graphics). Light backgrounds only, so nothing dark is printed.
/// </summary>
public static class SheetPalette
{
    public const string Paper = "#ffffff";
    public const string Ink = "#1b1b1b";
    public const string Muted = "#4d4d4d";
    public const string Rule = "#767676";
    public const string DayShade = "#f2f2f2";
    public const string Link = "#1a4f99";

    public const string BlockedInk = "#8f1d1d";
    public const string BlockedFill = "#fbe1e1";
    public const string WaitInk = "#6b4500";
    public const string WaitFill = "#fdefc6";
    public const string ReviewInk = "#3c3c64";
    public const string ReviewFill = "#e9e9f2";
    public const string UsableInk = "#1d5e2c";
    public const string UsableFill = "#e0f2e4";
    public const string Today = "#1a4f99";

    public static IReadOnlyList<(string Name, string Foreground, string Background)> TextPairs { get; } =
    [
        ("ink", Ink, Paper),
        ("muted", Muted, Paper),
        ("muted on day shade", Muted, DayShade),
        ("link", Link, Paper),
        ("blocked badge", BlockedInk, BlockedFill),
        ("wait badge", WaitInk, WaitFill),
        ("review badge", ReviewInk, ReviewFill),
        ("usable badge", UsableInk, UsableFill),
        ("blocked text", BlockedInk, Paper),
        ("wait text", WaitInk, Paper),
        ("usable text", UsableInk, Paper),
        ("today label", Today, Paper),
    ];

    public static IReadOnlyList<(string Name, string Foreground, string Background)> GraphicPairs { get; } =
    [
        ("blocked bar edge", BlockedInk, Paper),
        ("wait bar edge", WaitInk, Paper),
        ("review bar edge", ReviewInk, Paper),
        ("usable mark", UsableInk, Paper),
        ("today line", Today, Paper),
        ("day ticks", Rule, Paper),
        ("blocked hatch on its fill", BlockedInk, BlockedFill),
        ("wait dots on their fill", WaitInk, WaitFill),
    ];
}
