using System.Text.Json.Serialization;

namespace Compatibility.Core.Catalogue;

/// <summary>One catalogue ingredient: an INCI name, the other names labels print for it, and its aftercare classes.</summary>
/// <param name="Id">Stable slug of the INCI name (<c>sodium-hyaluronate</c>).</param>
/// <param name="InciName">Upper-case INCI name as CosIng spells it.</param>
/// <param name="Synonyms">Other names seen on labels (<c>Hyaluronic Acid</c>, <c>Vitamin C</c>, <c>Avobenzone</c>).</param>
/// <param name="Classes">Aftercare class ids (<see cref="IngredientClass"/>); empty for neutral ingredients.</param>
/// <param name="Functions">CosIng functions: information to show, never a class.</param>
/// <param name="CasNumber">First CAS number CosIng lists, if any.</param>
/// <param name="CosIngRef">CosIng reference number, if the ingredient comes from CosIng.</param>
public sealed record Ingredient(
    string Id,
    string InciName,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Functions,
    [property: JsonPropertyOrder(4)] string? CasNumber = null,
    [property: JsonPropertyOrder(5)] int? CosIngRef = null)
{
    // The catalogue file leaves empty lists out; read them back as empty, never null.
    [JsonPropertyOrder(1)]
    public IReadOnlyList<string> Synonyms { get; init; } = Synonyms ?? [];

    [JsonPropertyOrder(2)]
    public IReadOnlyList<string> Classes { get; init; } = Classes ?? [];

    [JsonPropertyOrder(3)]
    public IReadOnlyList<string> Functions { get; init; } = Functions ?? [];
}
