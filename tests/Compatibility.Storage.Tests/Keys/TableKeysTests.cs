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

    [Fact]
    public void Buckets_are_stable_and_spread_ids_over_every_partition()
    {
        var buckets = Enumerable.Range(0, 5_000).Select(i => TableKeys.Bucket($"ingredient-{i}", IngredientMapper.BucketCount)).ToList();

        Assert.Equal(TableKeys.Bucket("sodium-hyaluronate", 32), TableKeys.Bucket("sodium-hyaluronate", 32));
        Assert.Equal(IngredientMapper.Instance.Partitions.Order(), buckets.Distinct().Order());
        // Even enough that no partition holds more than twice its share.
        Assert.All(buckets.GroupBy(b => b), g => Assert.InRange(g.Count(), 5_000 / 32 / 2, 5_000 / 32 * 2));
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
