using System.Text;
using Compatibility.Core.Checking;
using Compatibility.Core.Planning;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>Per product: the verdict in words, when it may start, and every finding in plain language with its sources.</summary>
public static class ProductsSection
{
    public static void Write(StringBuilder sb, AftercarePlan plan, Protocol protocol, ReferenceList references)
    {
        sb.Append("<section class=\"products-section\" aria-labelledby=\"h-products\"><h2 id=\"h-products\">Your products</h2><div class=\"products\">");
        foreach (var product in plan.Products)
        {
            sb.Append("<article class=\"product\" data-key=\"").Append(Html.Text(product.Ref)).Append("\">");
            sb.Append("<h3>").Append(Html.Text(product.Name ?? product.Ref)).Append("</h3>");
            var (tag, word) = Verdict(product.Verdict);
            sb.Append("<p><span class=\"tag tag-").Append(tag).Append("\">").Append(word).Append("</span> ").Append(Starts(product, plan.Procedure.PerformedAt)).Append("</p>");
            var findings = product.Findings
                .OrderByDescending(f => VerdictRank(f.Verdict))
                .ThenByDescending(f => f.Until)
                .ToList();
            if (findings.Count > 0)
            {
                sb.Append("<ul class=\"findings\">");
                var explained = new HashSet<string>(StringComparer.Ordinal);
                foreach (var finding in findings)
                {
                    // Two ingredients under one rule share its reason: say it once per product.
                    sb.Append("<li>").Append(FindingText.Describe(finding, withReason: explained.Add(finding.Rule))).Append(references.Cite(FindingText.Sources(finding, protocol))).Append("</li>");
                }

                sb.Append("</ul>");
            }

            sb.Append("</article>");
        }

        sb.Append("</div></section>");
    }

    private static string Starts(PlanProduct product, DateTimeOffset performedAt) => product switch
    {
        { Verdict: Core.Checking.Verdict.Review } or { StartsAt: null } => "Some of it cannot be judged: ask your clinic before using it.",
        { StartsAt: { } at } when at <= performedAt => "May be used from the start.",
        { StartsAt: { } at } =>
            $"May be used from <time datetime=\"{SheetDates.Iso(at)}\">{SheetDates.DayAndTime(at)}</time> ({Html.Text(SheetDates.DayName(product.StartsDay ?? 0))}).",
    };

    /// <summary>The contract's verdict at the procedure, in a patient's words; the verdict id stays visible for the clinic.</summary>
    private static (string Tag, string Word) Verdict(Verdict verdict) => verdict switch
    {
        Core.Checking.Verdict.Allowed => ("allowed", "Usable now"),
        Core.Checking.Verdict.Wait => ("wait", "Wait"),
        Core.Checking.Verdict.Blocked => ("blocked", "Not yet"),
        _ => ("review", "Ask your clinic"),
    };

    private static int VerdictRank(Verdict verdict) => (int)verdict;
}
