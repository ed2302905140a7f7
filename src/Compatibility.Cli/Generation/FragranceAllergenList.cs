namespace Compatibility.Cli.Generation;

/// <summary>One Annex III entry with the fragrance-allergen labelling duty: its labelling name and, for a group entry, its member names.</summary>
public sealed record FragranceAllergen(string LabelName, int AnnexRef, IReadOnlyList<string> Members);

/// <summary>
/// Reads <c>seeds/sources/allergens/eu-2023-1545-fragrance-allergens.csv</c> (Regulation (EU) 2023/1545). Group members are
/// listed in <c>notes</c> after <c>group; members:</c> as upper-case names separated by <c>; </c>; the first item that is
/// not upper case ends the list (it is prose such as "peroxide value …").
/// </summary>
public static class FragranceAllergenList
{
    private const string Header = "inci_name,cas_no,annex_iii_ref,in_2003_list,notes";
    private const string MembersMarker = "members:";

    public static IReadOnlyList<FragranceAllergen> Read(string csv)
    {
        var entries = new List<FragranceAllergen>();
        var first = true;
        foreach (var row in CsvReader.Read(csv))
        {
            if (first)
            {
                if (!string.Equals(string.Join(',', row), Header, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"Unexpected allergen CSV header '{string.Join(',', row)}', expected '{Header}'.");
                }

                first = false;
                continue;
            }

            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Count != 5 || !int.TryParse(row[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var annexRef))
            {
                throw new InvalidDataException($"Allergen CSV row is malformed: {string.Join(',', row)}");
            }

            entries.Add(new FragranceAllergen(row[0].Trim(), annexRef, Members(row[4])));
        }

        return entries;
    }

    private static List<string> Members(string notes)
    {
        var at = notes.IndexOf(MembersMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        var members = new List<string>();
        foreach (var item in notes[(at + MembersMarker.Length)..].Split(';', StringSplitOptions.TrimEntries))
        {
            if (item.Length == 0 || !string.Equals(item, item.ToUpperInvariant(), StringComparison.Ordinal))
            {
                break;
            }

            members.Add(item);
        }

        return members;
    }
}
