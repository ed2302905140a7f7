using System.Diagnostics.Metrics;

namespace Compatibility.Api.Tests.Logging;

/// <summary>One measurement seen by <see cref="TelemetryCapture"/>: the instrument, the value and its tags.</summary>
internal sealed record CapturedMeasurement(Instrument Instrument, double Value, KeyValuePair<string, object?>[] Tags)
{
    public string Describe() => $"{Instrument.Meter.Name}/{Instrument.Name}={Value} " + string.Join(" ", Tags.Select(t => $"{t.Key}={t.Value}"));
}
