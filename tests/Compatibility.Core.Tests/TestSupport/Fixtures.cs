using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Protocols;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Core.Tests.TestSupport;

/// <summary>The shipped protocol and rules, loaded once, and small builders for inputs.</summary>
internal static class Fixtures
{
    public static Protocol Standard { get; } = EmbeddedProtocols.Standard();

    public static ConflictRuleSet Rules { get; } = ConflictRulesLoader.LoadEmbedded();

    /// <summary>An engine whose clock is far in the future, so a test that forgets <c>at</c> does not pass by accident.</summary>
    public static CheckEngine Engine(TimeProvider? time = null) => new(Rules, time ?? new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    public static Procedure Procedure(DateTimeOffset performedAt, double? depthMm = null) => new("microneedling", performedAt, depthMm);

    public static ProductToCheck Product(string reference, LabelAnalysis label, string? category = null, string? name = null) =>
        new(reference, name, category, label);

    public static CheckResult Check(DateTimeOffset performedAt, DateTimeOffset at, double? depthMm, params ProductToCheck[] products) =>
        Engine().Check(new CheckInput(Procedure(performedAt, depthMm), at, Standard, products));

    public static CheckResult Check(DateTimeOffset performedAt, DateTimeOffset at, params ProductToCheck[] products) =>
        Check(performedAt, at, null, products);
}
