using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>Makes sure a label name points at one ingredient only, and never shadows an INCI name.</summary>
internal sealed class SynonymClaims(NameTable names)
{
    // Owner of a blocked name: a trade name of a blend, which must never point at one of its ingredients.
    private static readonly IngredientBuilder Blocked = new("(blend)", [], null, null);

    private readonly Dictionary<string, IngredientBuilder> _owners = new(StringComparer.Ordinal);

    /// <summary>Reserves <paramref name="name"/> (a blend's trade name) so no source can make it a synonym.</summary>
    public void Block(string name) => _owners[NameNormalizer.Normalize(name)] = Blocked;

    /// <summary>A curated synonym: a conflict is a curation mistake and fails generation.</summary>
    public void ClaimCurated(IngredientBuilder target, string name)
    {
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            throw new InvalidDataException($"Synonym '{name}' of '{target.InciName}' has no letters or digits.");
        }

        if (names.Resolve(name) is { } named)
        {
            if (named == target)
            {
                return;
            }

            throw new InvalidDataException($"Synonym '{name}' of '{target.InciName}' is the INCI name of '{named.InciName}'.");
        }

        if (_owners.TryGetValue(key, out var owner) && owner != target)
        {
            throw new InvalidDataException($"Synonym '{name}' is claimed by both '{owner.InciName}' and '{target.InciName}'.");
        }

        _owners[key] = target;
        target.AddSynonym(key, name.Trim());
    }

    /// <summary>A synonym from a helper source: kept only when nothing else claims the name.</summary>
    public bool TryClaim(IngredientBuilder target, string name)
    {
        var key = NameNormalizer.Normalize(name);
        if (names.Resolve(name) is not null)
        {
            return false;
        }

        if (_owners.TryGetValue(key, out var owner))
        {
            return owner == target;
        }

        _owners[key] = target;
        target.AddSynonym(key, name.Trim());
        return true;
    }
}
