using Compatibility.Core.Catalogue.Matching;

namespace Compatibility.Core.Catalogue;

/// <summary>
/// Read-only lookup structure over the catalogue, built once per snapshot:
/// by id, by exact INCI name, by synonym, fuzzy (typos), and prefix search.
/// Names are compared through <see cref="NameNormalizer"/> keys; a name is only ever matched as a
/// whole, never inside a longer name.
/// </summary>
public sealed class CatalogueIndex
{
    private const int StackKeyLimit = 256;

    // The preparations a label may print right after the species, leaving the plant part out.
    private static readonly string[] PartOmittedPreparations = ["EXTRACT", "OIL", "WATER", "JUICE", "POWDER", "WAX", "CERA", "BUTTER"];

    private readonly Dictionary<string, Ingredient> _byId;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _inci;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _inciCompact;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _synonyms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _synonymsCompact;
    private readonly string[] _inciKeys;
    private readonly string[][] _synonymKeys;
    // Built on the first fuzzy lookup, not with the index: most labels match exactly, and the trigram index is a
    // large share of the catalogue's start-up cost (docs/performance.md, Startup).
    private readonly Lazy<FuzzyNameIndex> _fuzzy;
    private readonly Lazy<HashSet<string>> _words; // every word of every INCI and synonym key, for the fuzzy guard
    private readonly string[] _prefixKeys;   // every INCI and synonym key, ordinal order
    private readonly int[] _prefixOwners;
    private readonly SameSubstanceAliases _aliases;

    private CatalogueIndex(string version, IReadOnlyList<Ingredient> ingredients, SameSubstanceAliases aliases)
    {
        Version = version;
        Ingredients = ingredients;
        _aliases = aliases;
        _byId = new Dictionary<string, Ingredient>(ingredients.Count, StringComparer.Ordinal);
        foreach (var ingredient in ingredients)
        {
            _byId.TryAdd(ingredient.Id, ingredient);
        }

        // When two INCI names share a key (PEG-8 vs PEG 8), the ordinally first name wins, so the
        // answer never depends on file order. A compact key shared by different names is ambiguous.
        _inciKeys = new string[ingredients.Count];
        _synonymKeys = new string[ingredients.Count][];
        var inci = new Dictionary<string, int>(ingredients.Count, StringComparer.Ordinal);
        var inciCompact = new Dictionary<string, int>(ingredients.Count, StringComparer.Ordinal);
        var synonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var synonymsCompact = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ingredients.Count; i++)
        {
            var key = NameNormalizer.Normalize(ingredients[i].InciName);
            _inciKeys[i] = key;
            if (key.Length == 0)
            {
                continue;
            }

            if (!inci.TryAdd(key, i) && string.CompareOrdinal(ingredients[i].InciName, ingredients[inci[key]].InciName) < 0)
            {
                inci[key] = i;
            }

            AddUnlessAmbiguous(inciCompact, key.Contains(' ', StringComparison.Ordinal) ? key.Replace(" ", "", StringComparison.Ordinal) : key, i);
        }

        var fuzzyKeys = new List<string>(ingredients.Count + 1024);
        var fuzzyOwners = new List<int>(ingredients.Count + 1024);
        foreach (var (key, i) in inci)
        {
            fuzzyKeys.Add(key);
            fuzzyOwners.Add(i);
        }

        for (var i = 0; i < ingredients.Count; i++)
        {
            var names = ingredients[i].Synonyms;
            if (names.Count == 0)
            {
                _synonymKeys[i] = [];
                continue;
            }

            var keys = names.Select(NameNormalizer.Normalize).Where(k => k.Length > 0).Distinct().ToArray();
            _synonymKeys[i] = keys;
            foreach (var key in keys)
            {
                if (inci.ContainsKey(key))
                {
                    continue; // an INCI name always beats a synonym
                }

                AddUnlessAmbiguous(synonyms, key, i);
                AddUnlessAmbiguous(synonymsCompact, key.Replace(" ", "", StringComparison.Ordinal), i);
                fuzzyKeys.Add(key);
                fuzzyOwners.Add(i);
            }
        }

        _inci = inci.GetAlternateLookup<ReadOnlySpan<char>>();
        _inciCompact = inciCompact.GetAlternateLookup<ReadOnlySpan<char>>();
        _synonyms = synonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _synonymsCompact = synonymsCompact.GetAlternateLookup<ReadOnlySpan<char>>();
        var keysInIndexOrder = fuzzyKeys.ToArray();
        var ownersInIndexOrder = fuzzyOwners.ToArray();
        _fuzzy = new Lazy<FuzzyNameIndex>(() => new FuzzyNameIndex(keysInIndexOrder, ownersInIndexOrder), LazyThreadSafetyMode.ExecutionAndPublication);
        _words = new Lazy<HashSet<string>>(() => keysInIndexOrder.SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        _prefixKeys = fuzzyKeys.ToArray();
        _prefixOwners = fuzzyOwners.ToArray();
        Array.Sort(_prefixKeys, _prefixOwners, StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyList<Ingredient> Ingredients { get; }

    public int Count => Ingredients.Count;

    /// <summary>The index over <paramref name="data"/>, with the same-substance groups shipped in this assembly.</summary>
    public static CatalogueIndex Create(CatalogueData data) => new(data.Version, data.Ingredients, SameSubstanceAliases.Embedded);

    /// <summary>The index over <paramref name="data"/> with the given same-substance groups.</summary>
    public static CatalogueIndex Create(CatalogueData data, SameSubstanceAliases aliases) => new(data.Version, data.Ingredients, aliases);

    public Ingredient? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Resolves one label name (already stripped of label noise): exact, then synonym, then fuzzy. Null when nothing is close enough.</summary>
    public IngredientMatch? Match(string name) => MatchExact(name) ?? MatchFuzzy(name);

    /// <summary>
    /// Exact INCI name (<see cref="MatchConfidence.Exact"/>) or a known synonym (<see cref="MatchConfidence.Synonym"/>); case, spacing and
    /// punctuation variants are normalised. When the key names nothing, its spelling variants (<see cref="NameVariants"/>: <c>L-</c>/<c>dl-</c>
    /// prefixes, <c>Encapsulated</c>, <c>Anhydrous</c>, lakes, <c>CI 15850:1</c>, plurals) are tried; a match through a variant is a
    /// <see cref="MatchConfidence.Synonym"/>.
    /// </summary>
    public IngredientMatch? MatchExact(string name) => MatchExact(name.AsSpan());

    /// <inheritdoc cref="MatchExact(string)"/>
    public IngredientMatch? MatchExact(ReadOnlySpan<char> name)
    {
        var capacity = NameNormalizer.MaxLength(name.Length);
        var buffer = capacity <= StackKeyLimit ? stackalloc char[capacity] : new char[capacity];
        var key = buffer[..NameNormalizer.Normalize(name, buffer)];
        if (key.IsEmpty)
        {
            return null;
        }

        if (Lookup(key) is { } match)
        {
            return match;
        }

        var variants = new List<NameVariant>();
        NameVariants.Collect(key.ToString(), variants);
        foreach (var variant in variants)
        {
            if (Lookup(variant.Key) is { } found && (!variant.ColourOnly || IsColorant(found.Ingredient)))
            {
                return found with { Confidence = MatchConfidence.Synonym };
            }
        }

        return null;
    }

    // INCI key, synonym key, then the same without spaces. Overwrites nothing: the compact form is built in its own buffer.
    private IngredientMatch? Lookup(ReadOnlySpan<char> key)
    {
        if (_inci.TryGetValue(key, out var index))
        {
            return new IngredientMatch(Ingredients[index], MatchConfidence.Exact);
        }

        if (_synonyms.TryGetValue(key, out index) && index >= 0)
        {
            return new IngredientMatch(Ingredients[index], MatchConfidence.Synonym);
        }

        var buffer = key.Length <= StackKeyLimit ? stackalloc char[key.Length] : new char[key.Length];
        key.CopyTo(buffer);
        var compact = buffer[..RemoveSpaces(buffer[..key.Length])];
        if (_inciCompact.TryGetValue(compact, out index) && index >= 0)
        {
            return new IngredientMatch(Ingredients[index], MatchConfidence.Exact);
        }

        if (_synonymsCompact.TryGetValue(compact, out index) && index >= 0)
        {
            return new IngredientMatch(Ingredients[index], MatchConfidence.Synonym);
        }

        return null;
    }

    private static bool IsColorant(Ingredient ingredient) =>
        ingredient.InciName.StartsWith("CI ", StringComparison.Ordinal) || ingredient.Functions.Contains("COLORANT", StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are one substance, so a label entry that prints both
    /// (<c>CI 77891/Titanium Dioxide</c>, <c>Aqua/Water</c>) is one ingredient: the same id; a curated same-substance group
    /// (<see cref="SameSubstanceAliases"/>); or the same CAS number where one of them is a colour index name. Other shared
    /// CAS numbers do not count: CosIng gives one to whole families (PEG-10 and PEG-100, a plant's oil and its extract).
    /// Callers judging the entry should still take the classes of both (CI 77947 and ZINC OXIDE may be classed differently).
    /// </summary>
    public bool SameSubstance(Ingredient a, Ingredient b)
    {
        if (string.Equals(a.Id, b.Id, StringComparison.Ordinal))
        {
            return true;
        }

        var group = _aliases.GroupOf(NameNormalizer.Normalize(a.InciName));
        if (group >= 0 && group == _aliases.GroupOf(NameNormalizer.Normalize(b.InciName)))
        {
            return true;
        }

        return a.CasNumber is { Length: > 0 } cas
            && string.Equals(cas, b.CasNumber, StringComparison.Ordinal)
            && (IsColourIndexName(a.InciName) || IsColourIndexName(b.InciName));
    }

    /// <summary>
    /// The catalogue INCI names that start with the genus and species <paramref name="name"/> names (two or three words, letters
    /// only: <c>lavandula angustifolia</c>, <c>citrus aurantium dulcis</c>), for a name cut after the species; or, for a species
    /// and a preparation with the plant part left out (<c>vaccinium myrtillus extract</c>, <c>illicium verum oil</c>), the names
    /// that put a part between them (<c>… FRUIT EXTRACT</c>, <c>… LEAF EXTRACT</c>). Null when the name is not of that shape or
    /// nothing fits. It never picks one: see <see cref="SpeciesCandidateList.ClassesAgree"/>.
    /// </summary>
    public SpeciesCandidateList? SpeciesCandidates(string name, int max = 8)
    {
        var key = NameNormalizer.Normalize(name);
        var words = key.Split(' ');
        if (max <= 0 || words.Length is < 2 or > 4 || words.Any(w => w.Length < 3 || !w.All(char.IsAsciiLetter)))
        {
            return null;
        }

        var owners = new HashSet<int>();
        if (words.Length <= 3)
        {
            var prefix = key + " ";
            foreach (var owner in StartingWith(prefix, 20_000))
            {
                if (_inciKeys[owner].StartsWith(prefix, StringComparison.Ordinal)) owners.Add(owner);
            }
        }

        if (owners.Count == 0 && PartOmittedPreparations.Contains(words[^1]))
        {
            // "Genus Species Extract": the INCI names of that species and preparation with one or two part words between.
            var prefix = string.Join(' ', words[..^1]) + " ";
            var suffix = " " + words[^1];
            foreach (var owner in StartingWith(prefix, 20_000))
            {
                var inci = _inciKeys[owner];
                if (!inci.StartsWith(prefix, StringComparison.Ordinal) || !inci.EndsWith(suffix, StringComparison.Ordinal)) continue;
                var middle = inci[prefix.Length..^suffix.Length].Split(' ');
                if (inci.Length > prefix.Length + suffix.Length && middle.Length <= 2) owners.Add(owner);
            }
        }

        if (owners.Count == 0)
        {
            return null;
        }

        var all = owners.Select(o => Ingredients[o]).ToList();
        var first = all[0].Classes;
        var agree = all.All(i => i.Classes.Count == first.Count && i.Classes.All(first.Contains));
        var shown = all
            .OrderBy(i => i.InciName.Count(c => c == ' '))
            .ThenBy(i => i.InciName.Length)
            .ThenBy(i => i.InciName, StringComparer.Ordinal)
            .Take(max)
            .ToList();
        return new SpeciesCandidateList(shown, all.Count, agree, agree ? first : []);
    }

    private static bool IsColourIndexName(string inciName) =>
        inciName.Length == 8 && inciName.StartsWith("CI ", StringComparison.Ordinal) && inciName.AsSpan(3).ContainsAnyExceptInRange('0', '9') is false;

    /// <summary>Typo-tolerant match (<see cref="MatchConfidence.Fuzzy"/>); never a name inside a longer name. Null when nothing is unambiguously close.</summary>
    public IngredientMatch? MatchFuzzy(string name)
    {
        var key = NameNormalizer.Normalize(name);
        var maxDistance = FuzzyThreshold(key.Length);
        if (maxDistance == 0)
        {
            return null;
        }

        var candidates = new List<(int Owner, int Distance, string Key)>();
        _fuzzy.Value.Find(key, maxDistance, requireSameDigits: true, candidates);
        var best = int.MaxValue;
        var owner = -1;
        var ambiguous = false;
        foreach (var (candidateOwner, distance, candidateKey) in candidates)
        {
            if (!FuzzyGuard.Accepts(key, candidateKey, _words.Value.Contains))
            {
                continue;
            }

            if (distance < best)
            {
                (best, owner, ambiguous) = (distance, candidateOwner, false);
            }
            else if (distance == best && candidateOwner != owner)
            {
                ambiguous = true;
            }
        }

        return owner < 0 || ambiguous ? null : new IngredientMatch(Ingredients[owner], MatchConfidence.Fuzzy);
    }

    /// <summary>
    /// How many edits a name of <paramref name="keyLength"/> characters may carry and still match:
    /// none up to 5 characters (too many short names are one edit apart: coral/copal), one up to 8,
    /// two beyond (and then at most one per word, see <see cref="FuzzyGuard"/>).
    /// </summary>
    public static int FuzzyThreshold(int keyLength) => keyLength switch
    {
        <= 5 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// <summary>Likely catalogue INCI names for a name that did not match, best first.</summary>
    public IReadOnlyList<string> Suggest(string name, int max = 3)
    {
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        // Like a match but without the guard and ambiguity rules; the trigram filter needs 4 · reach < length.
        var reach = Math.Min(2, (key.Length - 1) / 4);
        var candidates = new List<(int Owner, int Distance, string Key)>();
        if (reach > 0)
        {
            _fuzzy.Value.Find(key, reach, requireSameDigits: false, candidates);
        }

        if (candidates.Count == 0 && key.Length >= 16)
        {
            // Long names with nothing within two edits: widen once (still 4 · 3 < length for the filter).
            _fuzzy.Value.Find(key, 3, requireSameDigits: false, candidates);
        }

        var suggestions = candidates
            .OrderBy(c => c.Distance)
            .ThenBy(c => Math.Abs(Ingredients[c.Owner].InciName.Length - key.Length))
            .ThenBy(c => Ingredients[c.Owner].InciName, StringComparer.Ordinal)
            .Select(c => Ingredients[c.Owner].InciName)
            .Distinct(StringComparer.Ordinal)
            .Take(max)
            .ToList();
        if (suggestions.Count < max && key.Length >= 3)
        {
            // Nothing close by spelling: offer the shortest names that start with what was written ("Hyaluronic").
            foreach (var inciName in StartingWith(key, 500)
                .Select(i => Ingredients[i].InciName)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n.Length)
                .ThenBy(n => n, StringComparer.Ordinal))
            {
                if (suggestions.Count == max)
                {
                    break;
                }

                if (!suggestions.Contains(inciName, StringComparer.Ordinal))
                {
                    suggestions.Add(inciName);
                }
            }
        }

        if (suggestions.Count < max)
        {
            // Label phrases ("Hyaluronic Complex", "Niacinamid Serum"): names that start with one of their words, longest word first.
            foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5).OrderByDescending(w => w.Length))
            {
                foreach (var inciName in StartingWith(word, 200)
                    .Select(i => Ingredients[i].InciName)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(n => n.Length)
                    .ThenBy(n => n, StringComparer.Ordinal))
                {
                    if (suggestions.Count == max)
                    {
                        return suggestions;
                    }

                    if (!suggestions.Contains(inciName, StringComparer.Ordinal))
                    {
                        suggestions.Add(inciName);
                    }
                }
            }
        }

        return suggestions;
    }

    // Owners of keys that start with key (binary search in the sorted keys), at most limit of them.
    private IEnumerable<int> StartingWith(string key, int limit)
    {
        var lo = 0;
        var hi = _prefixKeys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_prefixKeys[mid], key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _prefixKeys.Length && i < lo + limit && _prefixKeys[i].StartsWith(key, StringComparison.Ordinal); i++)
        {
            yield return _prefixOwners[i];
        }
    }

    /// <summary>Search by name, synonym or prefix, paged; <paramref name="total"/> is the number of all hits.</summary>
    /// <remarks>Ranked: exact name or synonym, then prefix, then contains; shorter names first within a rank.</remarks>
    public IReadOnlyList<Ingredient> Search(string query, int skip, int take, out int total)
    {
        skip = Math.Max(0, skip);
        take = Math.Max(0, take);
        var key = NameNormalizer.Normalize(query);
        var hits = new List<(int Rank, int Index)>();
        for (var i = 0; i < Ingredients.Count; i++)
        {
            if (key.Length == 0)
            {
                hits.Add((0, i)); // no query: the whole catalogue, shortest names first
                continue;
            }

            var rank = Rank(_inciKeys[i], key);
            foreach (var synonym in _synonymKeys[i])
            {
                rank = Math.Min(rank, Rank(synonym, key));
            }

            if (rank < 3)
            {
                hits.Add((rank, i));
            }
        }

        total = hits.Count;
        return hits
            .OrderBy(h => h.Rank)
            .ThenBy(h => Ingredients[h.Index].InciName.Length)
            .ThenBy(h => Ingredients[h.Index].InciName, StringComparer.Ordinal)
            .Skip(skip)
            .Take(take)
            .Select(h => Ingredients[h.Index])
            .ToList();
    }

    private static int Rank(string candidate, string key)
    {
        if (candidate.Length < key.Length)
        {
            return 3;
        }

        if (candidate.StartsWith(key, StringComparison.Ordinal))
        {
            return candidate.Length == key.Length ? 0 : 1;
        }

        return candidate.Contains(key, StringComparison.Ordinal) ? 2 : 3;
    }

    private static void AddUnlessAmbiguous(Dictionary<string, int> map, string key, int index)
    {
        if (map.TryGetValue(key, out var existing) && existing != index)
        {
            map[key] = -1;
            return;
        }

        map[key] = index;
    }

    private static int RemoveSpaces(Span<char> key)
    {
        var length = 0;
        foreach (var c in key)
        {
            if (c != ' ')
            {
                key[length++] = c;
            }
        }

        return length;
    }
}
