using System.Diagnostics.Metrics;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;

namespace Compatibility.Api.Telemetry;

/// <summary>
/// The service's own metrics (meter <see cref="MeterName"/>): verdicts given, by verdict, and the age of the catalogue
/// snapshot serving. Tags are fixed vocabularies only (verdict, catalogue source), never request content:
/// no label text, product names, refs or routines reach telemetry.
/// </summary>
public sealed class ApiMetrics
{
    public const string MeterName = "Compatibility";

    public const string VerdictsInstrument = "compatibility.verdicts";

    public const string CatalogueAgeInstrument = "compatibility.catalogue.age";

    // The contract's verdict names, by the enum's value: no per-call formatting on the request path.
    private static readonly string[] VerdictNames = ["allowed", "wait", "review", "blocked"];

    private readonly Counter<long> _verdicts;

    public ApiMetrics(IMeterFactory meterFactory, ICatalogueProvider catalogue, TimeProvider timeProvider)
    {
        var meter = meterFactory.Create(MeterName);
        _verdicts = meter.CreateCounter<long>(VerdictsInstrument, "{product}", "Products judged by a check, by verdict.");
        meter.CreateObservableGauge(
            CatalogueAgeInstrument,
            () =>
            {
                var snapshot = catalogue.Current;
                return new Measurement<double>((timeProvider.GetUtcNow() - snapshot.LoadedAt).TotalSeconds, new KeyValuePair<string, object?>("catalogue.source", snapshot.Source));
            },
            "s",
            "Time since the catalogue snapshot now serving was loaded; grows past the refresh interval when refreshes fail.");
    }

    /// <summary>Counts the verdict of one checked product.</summary>
    public void Verdict(Verdict verdict) => _verdicts.Add(1, new KeyValuePair<string, object?>("verdict", VerdictNames[(int)verdict]));
}
