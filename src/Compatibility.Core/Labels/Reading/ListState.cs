namespace Compatibility.Core.Labels.Reading;

/// <summary>What the structure pass knows while it walks one list (the label, or a bracketed list inside it).</summary>
internal struct ListState
{
    public bool MayContain;

    /// <summary>Pieces are dropped: after <c>Directions:</c> until a line break that ends some skipped text, or a heading.</summary>
    public bool SkipAll;

    /// <summary>Text was skipped since the skip heading; a heading alone on its line skips the next line too.</summary>
    public bool SkippedText;

    /// <summary>One product name follows (<c>Product Name: …</c>).</summary>
    public bool SkipOnePiece;

    /// <summary>Tokens before this one are a product or shade name (<c>SHADES: HAPPY, GRATEFUL Hydrogenated …</c>).</summary>
    public int NameUntil;

    /// <summary>Inside key-ingredient text: names become description entries, the prose after their colon is dropped.</summary>
    public bool Description;

    /// <summary>The description was inferred from a colon before prose, not announced by a heading: it ends with the line.</summary>
    public bool DescriptionInferred;

    /// <summary>Inside the prose that describes a key ingredient (after its colon), until the line or sentence ends.</summary>
    public bool DescriptionProse;

    /// <summary>Inside a marketing sentence (<c>A deeply hydrating … oil containing …</c>): only names after a connector count.</summary>
    public bool ProseSentence;

    /// <summary>In a marketing sentence, a connector (<c>containing</c>, <c>with</c>) came before this piece.</summary>
    public bool AfterConnector;

    /// <summary>After <c>… contains:</c> of drug prose: pieces may open with a lead-in (<c>in a cream base of …</c>).</summary>
    public bool ProseList;

    /// <summary>The first token of the current sentence (after a full stop, a line break or the start of the list).</summary>
    public int SentenceStart;

    /// <summary>The first token of the current line.</summary>
    public int LineStart;

    /// <summary>The number of entries when the current line began (an inferred description takes the line's entries).</summary>
    public int LineEntries;

    /// <summary>The current line has a comma at this list's depth: a line break without one after it is a wrapped name.</summary>
    public bool LineHasComma;
}
