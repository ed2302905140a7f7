using System.Text;

namespace Compatibility.Cli.Generation;

/// <summary>Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF record ends) for the CosIng CSVs.</summary>
public static class CsvReader
{
    /// <summary>All records of <paramref name="text"/>, header included.</summary>
    public static IEnumerable<IReadOnlyList<string>> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
