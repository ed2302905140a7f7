using Azure.Data.Tables;

namespace Compatibility.Storage.Import;

/// <summary>
/// An upper bound of the bytes one entity adds to a transaction body. The body is JSON written with the default encoder,
/// which escapes every non-ASCII character (and <c>&lt; &gt; &amp; ' + `</c>) as <c>\uXXXX</c>: six bytes for what counts as
/// one character, twelve for a pair. Counting characters instead let 100 protocols of French text (~600 KB each once
/// escaped) into one transaction of 14 MB, which Azure refuses (413) above 4 MiB.
/// </summary>
public static class TransactionSize
{
    /// <summary>The changeset part's MIME headers and request line, the entity's keys, and the JSON around the values.</summary>
    public const int PerEntityOverhead = 1_024;

    public static long Of(TableEntity entity)
    {
        var size = PerEntityOverhead + Escaped(entity.PartitionKey) + Escaped(entity.RowKey);
        foreach (var (name, value) in entity)
        {
            // Name, quotes, colon, comma; non-string values also carry an "@odata.type" annotation.
            size += Escaped(name) + 4 + (value is string text ? Escaped(text) : 64 + Escaped(name));
        }

        return size;
    }

    private static long Escaped(string text)
    {
        long bytes = 0;
        foreach (var c in text)
        {
            bytes += c switch
            {
                '"' or '\\' => 2,
                '<' or '>' or '&' or '\'' or '+' or '`' => 6,
                < ' ' or > '~' => 6,
                _ => 1,
            };
        }

        return bytes;
    }
}
