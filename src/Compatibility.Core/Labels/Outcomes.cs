namespace Compatibility.Core.Labels;

/// <summary>What the resolver made of a reading (the <c>outcome</c> of <see cref="EntryReading"/>).</summary>
public static class Outcomes
{
    public const string Chosen = "chosen";
    public const string SameIngredient = "same-ingredient";
    public const string SeparateIngredient = "separate-ingredient";
    public const string GenericName = "generic-name";
    public const string Gloss = "gloss";
    public const string TradeName = "trade-name";
    public const string NoMatch = "no-match";
    public const string Unrecognized = "unrecognized";
}
