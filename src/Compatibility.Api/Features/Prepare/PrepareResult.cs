using Compatibility.Api.Features.Aftercare.Response;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Prepare;

/// <summary>The answer to <c>POST /api/v1/prepare</c>: what to stop, and when, before a planned procedure.</summary>
public sealed record PrepareResult(Verdict Verdict, Procedure Procedure, ProtocolRef Protocol, IReadOnlyList<PrepareProduct> Products, IReadOnlyList<PrepareAdvice> Advice)
{
    public static PrepareResult From(Core.Preparing.PrepareResult result) =>
        new(
            result.Verdict,
            Procedure.From(result.Procedure),
            ProtocolRef.From(result.Protocol),
            ResponseLists.Map(result.Products, PrepareProduct.From),
            ResponseLists.Map(result.Advice, PrepareAdvice.Of));
}
