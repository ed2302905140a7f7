namespace Compatibility.Core.Catalogue;

/// <summary>
/// Catalogue INCI names that start with a plant's genus and species, for a label (or a feed) that printed only the
/// species (<c>lavandula angustifolia</c>): the analyser reports them instead of guessing the plant part.
/// </summary>
/// <param name="Candidates">At most the requested number, fewest extra words first (<c>… OIL</c> before <c>… FLOWER OIL</c>), then shorter, then by name.</param>
/// <param name="Total">How many INCI names start with the species, shown or not.</param>
/// <param name="ClassesAgree">True when every one of the <paramref name="Total"/> names carries the same classes, so for aftercare
/// it does not matter which was meant (<c>butyrospermum parkii</c>: butter, oil, extract, all neutral).</param>
/// <param name="Classes">The classes they share when <paramref name="ClassesAgree"/>; empty otherwise or when all are neutral.</param>
public sealed record SpeciesCandidateList(IReadOnlyList<Ingredient> Candidates, int Total, bool ClassesAgree, IReadOnlyList<string> Classes);
