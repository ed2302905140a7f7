using System.Text;
using Compatibility.Api.Http;

namespace Compatibility.Api.Tests.Edges;

/// <summary>The path <see cref="DuplicateMembers"/> names for a repeated member, in every kind of nesting.</summary>
public sealed class DuplicateMemberPathTests
{
    public static TheoryData<string, string?> Bodies => new()
    {
        { """{"a":1,"b":2}""", null },
        { """{"a":1,"a":2}""", "a" },
        { """{"a":1,"A":2}""", "A" },
        { """{"inci":1,"\u0069NCI":2}""", "iNCI" },
        { """{"p":{"x":1},"q":{"x":1}}""", null },
        { """{"p":{"x":{"y":[1,2]},"z":3,"Z":4}}""", "p.Z" },
        { """{"p":{"x":1},"P":2}""", "P" },
        { """{"products":[{"sku":"a"},{"ref":"b","sku":"X","sku":"Y"}]}""", "products[1].sku" },
        { """{"a":[[1,{"b":1}],[{"c":1,"c":2}]]}""", "a[1][0].c" },
        { """[{"a":1},{"a":1,"b":[{},{"d":1,"d":1}]}]""", "[1].b[1].d" },
        { """{"a":[1,"x",null,true,{"k":1,"k":1}]}""", "a[4].k" },
        { """{"":{"x":1,"x":2}}""", "x" },
        { """{"a":{"":{"x":1,"x":2}}}""", "a..x" },
        { """{"a":1,"b":{"a":1},"a":3}""", "a" },
        // Malformed before the repeat: the parser names it, not this. Malformed after it: the repeat is found first.
        { """{"a":1,,"a":2}""", null },
        { """{"a":1,"a":""", "a" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Names_the_first_repeated_member_by_its_path(string json, string? expected) =>
        Assert.Equal(expected, DuplicateMembers.Find(Encoding.UTF8.GetBytes(json)));
}
