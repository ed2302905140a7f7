namespace Compatibility.Cli.Generation;

/// <summary>A common name seen on labels for a catalogue INCI name, and how many labels of each source showed it.</summary>
/// <param name="FixtureLabels">Labels in the committed fixtures that printed it.</param>
/// <param name="FeedLabels">Labels in the retailer feed (not committed) that printed it; kept from the table when the feed is not given.</param>
/// <param name="Catalogue">True when a catalogue name itself has the pattern (a curated synonym <c>Butyrospermum Parkii (Shea) Butter</c>).</param>
/// <param name="Ambiguous">True when the same name was seen for another INCI name too; the catalogue takes neither.</param>
public sealed record CommonNamePair(string Name, string Inci, int FixtureLabels, int FeedLabels, bool Catalogue = false, bool Ambiguous = false);
