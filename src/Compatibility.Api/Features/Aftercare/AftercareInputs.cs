using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>The validated shared part of a check, routine or plan request; null parts had errors.</summary>
public sealed record AftercareInputs(Procedure? Procedure, Protocol? Protocol, List<ProductToCheck> Products);
