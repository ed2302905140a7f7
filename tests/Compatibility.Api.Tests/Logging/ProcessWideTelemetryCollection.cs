namespace Compatibility.Api.Tests.Logging;

/// <summary>
/// Tests that read telemetry of the whole process: an OpenTelemetry meter provider counts every meter of a name, whatever
/// server made it, so these run alone, after the parallel tests, and count only their own requests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTelemetryCollection
{
    public const string Name = "process-wide telemetry";
}
