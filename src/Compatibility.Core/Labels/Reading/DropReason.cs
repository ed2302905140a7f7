namespace Compatibility.Core.Labels.Reading;

/// <summary>Why a fragment of label text is not an entry; serialised in kebab case.</summary>
public enum DropReason : byte
{
    /// <summary>A heading (<c>Ingredients:</c>, <c>May Contain</c>) or a product name before one (kits).</summary>
    Heading,

    /// <summary>Text before the first ingredient-list heading.</summary>
    Marketing,

    /// <summary>Sentences: directions, warnings, disclaimers, descriptions.</summary>
    Prose,

    /// <summary>A footnote line (<c>*organic</c>).</summary>
    Footnote,

    /// <summary>A manufacturer's formula code (<c>F.I.L. B166155/2</c>).</summary>
    ReferenceCode,

    /// <summary>A drug-facts purpose (<c>Sunscreen</c>).</summary>
    Purpose,

    /// <summary>The trade name of a blend whose components are listed (<c>Sepigel 305 (… (and) …)</c>).</summary>
    TradeName,

    /// <summary>An amount printed on its own after the name it belongs to (<c>Hydroquinone USP, 4% (40 mg/g)</c>).</summary>
    Amount,

    /// <summary>A key-ingredient description that names no catalogue active, or one the full list already has.</summary>
    Description,
}
