using Compatibility.Api.Features.Catalogue;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Ingredients;

/// <summary><c>POST /api/v1/ingredients/analyze</c>: what each label entry is and which aftercare classes it carries.</summary>
public sealed class AnalyzeIngredientsHandler(JsonBody body, ICatalogueProvider catalogue)
{
    public async Task<Results<Ok<AnalyzeResponse>, ValidationProblem, BodyProblem>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await body.ReadAsync(request, ApiJsonContext.Default.AnalyzeRequest, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var errors = new ValidationErrors();
        errors.RequireText("inci", read.Value!.Inci, ApiLimits.MaxInciLength);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var inci = read.Value.Inci!;
        var analysis = catalogue.Current.Analyzer.Analyze(inci);
        return TypedResults.Ok(new AnalyzeResponse(
            analysis.Entries.Select(AnalyzedIngredient.From).ToList(),
            analysis.Recognized,
            analysis.Unrecognized,
            analysis.Classes,
            analysis.IsIncomplete,
            analysis.Dropped.Select(d => DroppedTextDto.From(d, inci)).ToList(),
            CatalogueInfo.From(catalogue)));
    }
}
