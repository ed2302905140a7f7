using Compatibility.Core.Planning;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>What the printable sheet is drawn from: the plan, the protocol it came from (for source titles), and the request's extras.</summary>
/// <param name="Today">The request's <c>at</c>, if any: drawn as today's line.</param>
public sealed record AftercareSheetInput(AftercarePlan Plan, Protocol Protocol, ClinicInput? Clinic, DateTimeOffset? Today);
