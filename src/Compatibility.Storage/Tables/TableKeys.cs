using System.Security.Cryptography;
using System.Text;

namespace Compatibility.Storage.Tables;

/// <summary>
/// Turns catalogue ids into PartitionKey/RowKey values Azure accepts. Azure forbids <c>/ \ # ?</c> and control
/// characters in keys (and <c>'</c> and <c>%</c> are trouble in filters and URLs), and ingredient names contain
/// <c>/</c>. Letters, digits, <c>-</c>, <c>_</c> and <c>.</c> pass through, so slugs stay readable; every other
/// character becomes <c>~</c> and the hex of its UTF-8 bytes (<c>/</c> → <c>~2F</c>). <c>~</c> itself is
/// always escaped, so the encoding is reversible and two ids never share a key.
/// </summary>
public static class TableKeys
{
    /// <summary>Azure's limit for one key value: 1 KiB, stored as UTF-16, so 512 characters of the encoded key.</summary>
    public const int MaxKeyLength = 512;

    private const char Escape = '~';

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPlain(c))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append(Escape).Append(b.ToString("X2"));
            }
        }

        return builder.ToString();
    }

    public static string Decode(string key)
    {
        if (!key.Contains(Escape, StringComparison.Ordinal))
        {
            return key;
        }

        var bytes = new List<byte>(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == Escape)
            {
                bytes.Add(Convert.ToByte(key.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)key[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>True when the encoded form of <paramref name="value"/> fits Azure's key limit.</summary>
    public static bool Fits(string value) => Encode(value).Length <= MaxKeyLength;

    /// <summary>
    /// A stable hash bucket (<c>00</c>…) for an id, so a table spreads over a fixed, known set of partitions:
    /// the import can work them in parallel and a point read can compute the partition from the id alone.
    /// </summary>
    public static string Bucket(string id, int bucketCount)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        var bucket = (hash[0] << 8 | hash[1]) % bucketCount;
        return bucket.ToString("x2");
    }

    public static IReadOnlyList<string> AllBuckets(int bucketCount) =>
        Enumerable.Range(0, bucketCount).Select(b => b.ToString("x2")).ToList();

    private static bool IsPlain(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
}
