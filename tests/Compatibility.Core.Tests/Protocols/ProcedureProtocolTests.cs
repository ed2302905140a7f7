using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Protocols;

/// <summary>The RF-microneedling and PRP protocols: selected by procedure type, valid, and every value that differs from standard says which source differs.</summary>
public sealed class ProcedureProtocolTests
{
    private static readonly ProtocolLibrary Library = ProtocolLibrary.FromEmbedded();
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("microneedling", "microneedling-standard")]
    [InlineData("rf-microneedling", "rf-microneedling-standard")]
    [InlineData("microneedling-prp", "microneedling-prp-standard")]
    public void Each_procedure_type_has_a_default_protocol(string type, string id)
    {
        var protocol = Library.DefaultFor(type)!;
        Assert.Equal(id, protocol.Id);
        Assert.Equal(type, protocol.ProcedureType);
        Assert.Empty(ProtocolValidator.Validate(protocol));
    }

    [Fact]
    public void An_unknown_procedure_type_has_none() => Assert.Null(Library.DefaultFor("laser"));

    [Theory]
    [InlineData("rf-microneedling-standard")]
    [InlineData("microneedling-prp-standard")]
    public void Every_window_and_advice_that_differs_from_standard_names_its_sources(string id)
    {
        var standard = Fixtures.Standard;
        var protocol = Library.Find(id)!;
        var changed = 0;
        foreach (var window in protocol.Windows)
        {
            var same = standard.Windows.Single(w => w.Id == window.Id);
            if (same.Hours == window.Hours && same.Kind == window.Kind) continue;
            changed++;
            Assert.NotNull(window.Differs);
            Assert.NotEmpty(window.Differs!.Sources);
            Assert.All(window.Differs.Sources, s => Assert.Contains(s, window.Sources));
        }

        foreach (var advice in protocol.Advice)
        {
            var same = standard.Advice.SingleOrDefault(a => a.Id == advice.Id);
            if (same is not null && same.Hours == advice.Hours) continue;
            changed++;
            Assert.NotEmpty(advice.Differs!.Sources);
        }

        Assert.True(changed > 0);
    }

    private static ProductResult Check(Protocol protocol, string type, double hours, ProductToCheck product) =>
        Fixtures.Engine().Check(new CheckInput(new Procedure(type, PerformedAt), PerformedAt.AddHours(hours), protocol, [product])).Products[0];

    [Fact]
    public void After_rf_microneedling_a_hyaluronic_serum_and_a_moisturiser_wait_three_days()
    {
        var rf = Library.Find("rf-microneedling-standard")!;
        Assert.Equal(PerformedAt.AddHours(72), Check(rf, "rf-microneedling", 10, Fixtures.Product("ha", TestLabels.WithClass("hyaluronic-acid"), "serum")).AllowedFrom);
        Assert.Equal(PerformedAt.AddHours(72), Check(rf, "rf-microneedling", 10, Fixtures.Product("m", TestLabels.Neutral(), "moisturizer")).AllowedFrom);
        Assert.Equal(PerformedAt.AddHours(24), Check(rf, "rf-microneedling", 10, Fixtures.Product("s", TestLabels.WithClass("mineral-uv-filter"), "sunscreen")).AllowedFrom);
    }

    [Fact]
    public void After_prp_makeup_waits_five_days_and_the_plasma_stays_on()
    {
        var prp = Library.Find("microneedling-prp-standard")!;
        Assert.Equal(PerformedAt.AddHours(120), Check(prp, "microneedling-prp", 80, Fixtures.Product("f", TestLabels.Neutral(), "foundation")).AllowedFrom);
        Assert.Contains(prp.Advice, a => a.Id == "no-washing" && a.Hours == 24);
        Assert.Contains(prp.Advice, a => a.Id == "no-anti-inflammatories" && a.Hours == 168);
    }
}
