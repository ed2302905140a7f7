using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Checking;

/// <summary>
/// Every window of the shipped protocol, at every depth band and in several offsets: one minute before the window
/// ends the product is still held (with the window's kind), at its end it is allowed. Hours are written out here, not
/// read from the protocol, so a change to the seed shows up as a failing row.
/// </summary>
public sealed class WindowBoundaryTests
{
    // target (class id, or "category:x"), kind, professional h, home roller h, deep h. A class product has no category, so
    // the protocol's floor for uncategorised products (24 h) holds it too; every class window here is at least that long.
    private static readonly (string Target, Verdict Held, double Professional, double HomeRoller, double Deep)[] Table =
    [
        ("hyaluronic-acid", Verdict.Wait, 8, 8, 8),
        ("peptide", Verdict.Wait, 72, 24, 72),
        ("copper-peptide", Verdict.Wait, 72, 48, 72),
        ("vitamin-c", Verdict.Wait, 240, 72, 336),
        ("vitamin-c-derivative", Verdict.Wait, 168, 72, 240),
        ("niacinamide", Verdict.Wait, 48, 24, 48),
        ("retinoid", Verdict.Blocked, 240, 60, 336),
        ("aha", Verdict.Blocked, 240, 60, 336),
        ("bha", Verdict.Blocked, 240, 60, 336),
        ("pha", Verdict.Blocked, 240, 60, 336),
        ("azelaic-acid", Verdict.Blocked, 240, 60, 336),
        ("benzoyl-peroxide", Verdict.Blocked, 240, 60, 336),
        ("physical-exfoliant", Verdict.Blocked, 240, 60, 336),
        ("fragrance", Verdict.Blocked, 72, 48, 168),
        ("essential-oil", Verdict.Blocked, 72, 48, 168),
        ("drying-alcohol", Verdict.Blocked, 336, 84, 336),
        ("mineral-uv-filter", Verdict.Wait, 24, 24, 24),
        ("chemical-uv-filter", Verdict.Blocked, 48, 48, 48),
        ("enzyme-exfoliant", Verdict.Blocked, 240, 60, 336),
        ("depigmenting", Verdict.Blocked, 240, 60, 336),
        ("keratolytic", Verdict.Blocked, 240, 60, 336),
        ("peel-agent", Verdict.Blocked, 720, 180, 720),
        ("irritant", Verdict.Blocked, 72, 48, 168),
        ("depilatory", Verdict.Blocked, 168, 48, 168),
        ("possible-exfoliant", Verdict.Blocked, 240, 60, 336),
        ("category:foundation", Verdict.Blocked, 72, 48, 72),
        ("category:concealer", Verdict.Blocked, 72, 48, 72),
        ("category:makeup", Verdict.Blocked, 72, 48, 72),
        ("category:exfoliant", Verdict.Blocked, 240, 60, 336),
        ("category:sunscreen", Verdict.Wait, 24, 24, 24),
        ("category:cleanser", Verdict.Wait, 24, 24, 24),
        ("category:toner", Verdict.Wait, 24, 24, 24),
        ("category:serum", Verdict.Wait, 24, 24, 24),
        ("category:moisturizer", Verdict.Wait, 24, 24, 24),
        ("category:eye", Verdict.Wait, 24, 24, 24),
        ("category:lip", Verdict.Wait, 24, 24, 24),
        ("category:other", Verdict.Wait, 24, 24, 24),
        ("category:mask", Verdict.Wait, 72, 24, 72),
    ];

    // Depths inside each band, including the band edges; null = the default (professional) band.
    private static readonly (double? Depth, string Band)[] Depths =
    [
        (null, "professional"), (1.0, "professional"), (0.31, "professional"), (1.49, "professional"),
        (0.25, "home-roller"), (0.3, "home-roller"),
        (1.5, "deep"), (2.5, "deep"),
    ];

    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(-5), new(5, 30, 0), TimeSpan.FromHours(13)];

    public static TheoryData<string, Verdict, double?, double, TimeSpan> Cases()
    {
        var data = new TheoryData<string, Verdict, double?, double, TimeSpan>();
        foreach (var row in Table)
        {
            foreach (var (depth, band) in Depths)
            {
                var hours = band switch { "home-roller" => row.HomeRoller, "deep" => row.Deep, _ => row.Professional };
                foreach (var offset in Offsets)
                {
                    data.Add(row.Target, row.Held, depth, hours, offset);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_table_covers_every_window_of_the_protocol()
    {
        var targets = Fixtures.Standard.Windows.Select(w => w.Class ?? "category:" + w.Category).Order();
        Assert.Equal(targets, Table.Select(r => r.Target).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Held_one_minute_before_the_window_ends_and_allowed_at_its_end(string target, Verdict held, double? depth, double hours, TimeSpan offset)
    {
        var performedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)).ToOffset(offset);
        var end = performedAt.AddHours(hours);
        var product = ProductFor(target);

        // L-ascorbic acid is blocked for its first 72 h, which is the whole of its home-roller window.
        if (target == "vitamin-c" && hours <= 72) held = Verdict.Blocked;
        var before = Fixtures.Check(performedAt, end.AddMinutes(-1), depth, product).Products[0];
        Assert.Equal(held, before.Verdict);
        Assert.Equal(end, before.AllowedFrom);
        Assert.Equal(offset, before.AllowedFrom!.Value.Offset);
        var rule = target.StartsWith("category:", StringComparison.Ordinal) ? "window:category-" + target["category:".Length..] : "window:" + target;
        var finding = Assert.Single(before.Findings, f => f.Rule == rule);
        Assert.NotEmpty(finding.Sources);
        Assert.Equal(held, finding.Verdict);
        Assert.Equal(end, finding.Until);

        var at = Fixtures.Check(performedAt, end, depth, product);
        Assert.Equal(Verdict.Allowed, at.Products[0].Verdict);
        Assert.Null(at.Products[0].AllowedFrom);
        Assert.Null(at.ReadyAt);
        Assert.Equal(Verdict.Allowed, at.Verdict);
    }

    private static ProductToCheck ProductFor(string target) =>
        target.StartsWith("category:", StringComparison.Ordinal)
            ? Fixtures.Product("p1", TestLabels.Neutral(), category: target["category:".Length..])
            : Fixtures.Product("p1", TestLabels.WithClass(target));

    [Fact]
    public void Depth_band_is_chosen_by_needle_depth()
    {
        var p = Fixtures.Standard;
        Assert.Equal("home-roller", p.BandFor(0.2).Id);
        Assert.Equal("home-roller", p.BandFor(0.3).Id);
        Assert.Equal("professional", p.BandFor(0.5).Id);
        Assert.Equal("professional", p.BandFor(null).Id);
        Assert.Equal("deep", p.BandFor(1.5).Id);
        Assert.Equal("deep", p.BandFor(2.5).Id);
    }

    [Fact]
    public void Neutral_ingredients_never_hold_a_product_back_beyond_its_floor()
    {
        var performedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));
        var early = Fixtures.Check(performedAt, performedAt.AddHours(6), Fixtures.Product("p1", TestLabels.Neutral(), category: "moisturizer"));
        Assert.Equal(Verdict.Wait, early.Verdict);
        Assert.Equal("window:category-moisturizer", Assert.Single(early.Products[0].Findings).Rule);
        Assert.Equal(performedAt.AddHours(24), early.ReadyAt);

        var result = Fixtures.Check(performedAt, performedAt.AddHours(24), Fixtures.Product("p1", TestLabels.Neutral(), category: "moisturizer"));
        Assert.Equal(Verdict.Allowed, result.Verdict);
        Assert.Null(result.ReadyAt);
    }
}
