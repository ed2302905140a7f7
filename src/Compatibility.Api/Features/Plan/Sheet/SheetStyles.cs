using System.Security.Cryptography;
using System.Text;
using static Compatibility.Api.Features.Plan.Sheet.SheetPalette;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>The sheet's one inline style sheet; its hash goes into the page's Content-Security-Policy.</summary>
public static class SheetStyles
{
    public static string Css { get; } = $$"""
        :root { color: {{Ink}}; background: {{Paper}}; font: 10.5pt/1.4 "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; }
        body { margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; }
        h1 { font-size: 17pt; margin: 0 0 2mm; }
        h2 { font-size: 12.5pt; margin: 5mm 0 2mm; border-bottom: 1px solid {{Rule}}; padding-bottom: 1mm; }
        h3 { font-size: 10.5pt; margin: 0 0 1mm; }
        a { color: {{Link}}; }
        p { margin: 0 0 1.5mm; }
        .clinic { color: {{Muted}}; margin-bottom: 1mm; }
        .clinic strong { color: {{Ink}}; }
        .facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        figure { margin: 0; }
        .timeline { display: block; width: 100%; height: auto; }
        .timeline text { font-family: inherit; fill: {{Ink}}; }
        .timeline .muted { fill: {{Muted}}; }
        .timeline .today-label { fill: {{Today}}; font-weight: bold; }
        .timeline .usable-label { fill: {{UsableInk}}; }
        .timeline .review-label { fill: {{ReviewInk}}; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1mm 5mm; padding: 0; margin: 1mm 0 0; font-size: 9pt; }
        .legend svg { width: 22px; height: 12px; vertical-align: -2px; margin-right: 1.5mm; }
        .days { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 6mm; }
        .day { break-inside: avoid; margin: 0 0 2.5mm; }
        .day ul { list-style: none; padding: 0; margin: 0; }
        .day li { margin: 0 0 0.8mm; }
        .day .prep h3 { color: {{Muted}}; }
        .tag { display: inline-block; min-width: 11mm; font-size: 8pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.02em; padding: 0 1mm; border: 1px solid; border-radius: 2px; margin-right: 1mm; }
        .tag-use { color: {{UsableInk}}; background: {{UsableFill}}; }
        .tag-avoid, .tag-blocked { color: {{BlockedInk}}; background: {{BlockedFill}}; }
        .tag-over, .tag-start, .tag-wait { color: {{WaitInk}}; background: {{WaitFill}}; }
        .tag-ask, .tag-review, .tag-next { color: {{ReviewInk}}; background: {{ReviewFill}}; }
        .tag-allowed { color: {{UsableInk}}; background: {{UsableFill}}; }
        .detail { color: {{Muted}}; font-size: 9pt; }
        .products { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; }
        .product { break-inside: avoid; }
        .findings { margin: 0; padding-left: 4.5mm; font-size: 9.5pt; }
        .findings li { margin-bottom: 0.6mm; }
        sup a { text-decoration: none; }
        .references { font-size: 8.5pt; padding-left: 6mm; margin: 0; columns: 2; column-gap: 6mm; }
        .references li { break-inside: avoid; margin-bottom: 0.6mm; }
        footer { margin-top: 4mm; font-size: 8.5pt; color: {{Muted}}; border-top: 1px solid {{Rule}}; padding-top: 1.5mm; }
        section { break-inside: auto; }
        h2, h3 { break-after: avoid; }
        .timeline-section { break-inside: avoid; }
        @media (max-width: 600px) { .products, .days, .references { display: block; columns: 1; } .facts { grid-template-columns: max-content 1fr; } }
        @page { margin: 10mm 12mm; }
        @media print {
          :root { font-size: 7.5pt; line-height: 1.25; background: none; }
          h1 { font-size: 14pt; } h2 { font-size: 11pt; margin: 3mm 0 1.5mm; }
          .days { columns: 3; column-gap: 5mm; }
          .detail, .findings, .references { font-size: 7pt; }
          .products { columns: 2; column-gap: 5mm; }
          body { max-width: none; padding: 0; }
          a { color: {{Ink}}; }
          .timeline-section, .product, .day { break-inside: avoid; }
          .products-section { break-before: auto; }
          .references-section { break-inside: avoid-page; }
          * { print-color-adjust: exact; -webkit-print-color-adjust: exact; box-shadow: none; }
        }
        """;

    /// <summary>The CSP source expression for <see cref="Css"/>, so no other style (and no script) can run.</summary>
    public static string CspHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
}
