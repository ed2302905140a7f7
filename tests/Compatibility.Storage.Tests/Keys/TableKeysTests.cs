using Compatibility.Storage.Tables;
using FsCheck.Xunit;

namespace Compatibility.Storage.Tests.Keys;

public sealed class TableKeysTests
{
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("/\\#?'%");

    [Theory]
    [InlineData("sodium-hyaluronate", "sodium-hyaluronate")]
    [InlineData("caprylic/capric triglyceride", "caprylic~2Fcapric~20triglyceride")]
    [InlineData(@"a\b#c?d", "a~5Cb~23c~3Fd")]
    [InlineData("50% off 'x'", "50~25~20off~20~27x~27")]
    [InlineData("tilde~", "tilde~7E")]
    [InlineData("tab\tnewline\n", "tab~09newline~0A")]
    [InlineData("CI 77891 × 2", "CI~2077891~20~C3~97~202")]
    public void Encodes_forbidden_and_risky_characters_readably(string id, string expected)
    {
        Assert.Equal(expected, TableKeys.Encode(id));
        Assert.Equal(id, TableKeys.Decode(expected));
    }

    [Property]
    public bool Any_id_round_trips_and_its_key_holds_no_forbidden_or_control_character(string? raw)
    {
        // Lone surrogates are not text; ids never hold them.
        var id = new string((raw ?? string.Empty).Where(c => !char.IsSurrogate(c)).ToArray());
        var key = TableKeys.Encode(id);
        return TableKeys.Decode(key) == id
            && key.AsSpan().IndexOfAny(Forbidden) < 0
            && !key.Any(char.IsControl)
            && key.All(c => c < 128);
    }

    [Property]
    public bool Different_ids_never_share_a_key(string? a, string? b)
    {
        var left = new string((a ?? string.Empty).Where(c => !char.IsSurrogate(c)).ToArray());
        var right = new string((b ?? string.Empty).Where(c => !char.IsSurrogate(c)).ToArray());
        return left == right || TableKeys.Encode(left) != TableKeys.Encode(right);
    }

    [Fact]
    public void Supplementary_characters_encode_as_their_four_utf8_bytes()
    {
        Assert.Equal("x~F0~9F~98~80", TableKeys.Encode("x\U0001F600"));
        Assert.Equal("x\U0001F600", TableKeys.Decode("x~F0~9F~98~80"));
    }

    /// <summary>
    /// Stored rows live in the bucket computed when they were written, so the bucket of an id must never change.
    /// Expected values computed outside the code: the first two bytes of the id's SHA-256 (<c>printf %s id | sha256sum</c>)
    /// read big-endian, modulo the bucket count, as two lower-case hex digits. "sodium-hyaluronate": 3c d0 → 15,568;
    /// 15,568 = 486 × 32 + 16 → bucket 16 = "10". "retinol": e5 38 → 58,680 = 1,833 × 32 + 24 → "18", and
    /// 58,680 = 3,667 × 16 + 8 → "08" of 16. "caprylic/capric triglyceride": 8c 6d → 35,949 = 1,123 × 32 + 13 → "0d".
    /// </summary>
    [Theory]
    [InlineData("sodium-hyaluronate", 32, "10")]
    [InlineData("retinol", 32, "18")]
    [InlineData("retinol", 16, "08")]
    [InlineData("caprylic/capric triglyceride", 32, "0d")]
    public void Buckets_are_the_first_two_hash_bytes_modulo_the_count(string id, int bucketCount, string expected) =>
        Assert.Equal(expected, TableKeys.Bucket(id, bucketCount));

    [Fact]
    public void Buckets_spread_ids_over_every_partition()
    {
        var buckets = Enumerable.Range(0, 5_000).Select(i => TableKeys.Bucket($"ingredient-{i}", IngredientMapper.BucketCount)).ToList();

        Assert.Equal(IngredientMapper.Instance.Partitions.Order(), buckets.Distinct().Order());
        // Even enough that no partition holds more than twice its share.
        Assert.All(buckets.GroupBy(b => b), g => Assert.InRange(g.Count(), 5_000 / 32 / 2, 5_000 / 32 * 2));
    }

    [Property]
    public bool Any_id_gets_a_key_within_the_limit_with_no_forbidden_character(string? raw)
    {
        var id = new string((raw ?? string.Empty).Where(c => !char.IsSurrogate(c)).ToArray());
        var longId = string.Concat(Enumerable.Repeat(id + "/é", 200));
        return new[] { id, longId }.All(v =>
        {
            var key = TableKeys.Key(v);
            return key.Length <= TableKeys.MaxKeyLength && key.AsSpan().IndexOfAny(Forbidden) < 0 && !key.Any(char.IsControl);
        });
    }

    [Fact]
    public void Ids_too_long_for_a_key_get_a_readable_prefix_and_a_hash_and_stay_distinct()
    {
        var longName = string.Concat(Enumerable.Repeat("acetobacter/angelica-", 100)); // 2,100 characters, like CosIng's longest
        var sibling = longName[..^1] + "x";

        var key = TableKeys.Key(longName);

        Assert.True(key.Length <= TableKeys.MaxKeyLength);
        Assert.StartsWith(TableKeys.Encode(longName)[..300], key);
        Assert.Contains("~h", key);
        Assert.NotEqual(key, TableKeys.Key(sibling));
        Assert.Equal(TableKeys.Encode("short/id"), TableKeys.Key("short/id"));
    }

    [Fact]
    public void Fits_is_measured_on_the_encoded_key()
    {
        var atLimit = new string('€', 56) + "abcdefgh"; // 56 × 9 + 8 = 512 encoded characters
        Assert.Equal(TableKeys.MaxKeyLength, TableKeys.Encode(atLimit).Length);
        Assert.True(TableKeys.Fits(atLimit));
        Assert.False(TableKeys.Fits(atLimit + "x"));
    }
}
