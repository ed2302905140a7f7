using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Compatibility.Api.Tests.Logging;

/// <summary>
/// Everything the process puts into traces and metrics while it lives: every finished Activity of every source (names,
/// tags, events, baggage, status) and every measurement of every instrument with its tags, gauges polled on <see cref="Snapshot"/>.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly List<Activity> _stopped = [];
    private readonly List<CapturedMeasurement> _measured = [];

    public TelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_stopped) _stopped.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _meters.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _meters.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        _meters.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _meters.Start();
    }

    public (IReadOnlyList<Activity> Activities, IReadOnlyList<CapturedMeasurement> Measurements) Snapshot()
    {
        _meters.RecordObservableInstruments();
        lock (_stopped)
        lock (_measured)
        {
            return (_stopped.ToList(), _measured.ToList());
        }
    }

    /// <summary>All text an exporter could send for <paramref name="activity"/>.</summary>
    public static string Describe(Activity activity) => string.Join(
        " | ",
        new[] { activity.Source.Name, activity.OperationName, activity.DisplayName, activity.StatusDescription ?? "" }
            .Concat(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Prepend(e.Name)))
            .Concat(activity.Baggage.Select(b => $"{b.Key}={b.Value}")));

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var captured = new CapturedMeasurement(instrument, value, tags.ToArray());
        lock (_measured) _measured.Add(captured);
    }
}
