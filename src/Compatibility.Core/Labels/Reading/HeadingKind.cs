namespace Compatibility.Core.Labels.Reading;

/// <summary>What a heading phrase inside label text announces.</summary>
internal enum HeadingKind : byte
{
    /// <summary><c>Ingredients:</c>, <c>INCI:</c>, <c>Ingrédients</c>: a list starts; text before the first one is marketing.</summary>
    List,

    /// <summary><c>Active Ingredients</c> of drug facts: actives with percentages and purposes.</summary>
    Actives,

    /// <summary><c>Inactive Ingredients</c> / <c>Other Ingredients</c>: continues a list, so the text glued before it is an entry.</summary>
    Continuation,

    /// <summary><c>May Contain</c>, <c>Peut Contenir</c>, <c>+/-</c>: shade-dependent entries follow.</summary>
    MayContain,

    /// <summary><c>Key Ingredients</c>, <c>Key Actives</c>: prose that may name actives with their percentages.</summary>
    Description,

    /// <summary>
    /// <c>… contains:</c>, <c>Each gram … contains</c> of drug prose: a list follows (with a colon, or in a sentence that
    /// opens with <c>Each</c>); otherwise the word is part of a sentence.
    /// </summary>
    Contents,

    /// <summary><c>Directions</c>, <c>Warnings</c>: prose follows until the next list heading or line.</summary>
    Skip,
}
