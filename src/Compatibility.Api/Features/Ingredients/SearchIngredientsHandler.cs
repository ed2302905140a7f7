using System.Globalization;
using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>
/// <c>GET /api/v1/ingredients?q=&amp;skip=&amp;take=</c>: search by INCI name, synonym or prefix, paged. Each parameter at
/// most once; <c>q</c> must keep a letter or digit after the catalogue's name normalisation.
/// </summary>
public sealed class SearchIngredientsHandler(ICatalogueProvider catalogue)
{
    public Results<Ok<IngredientSearchResponse>, ValidationProblem> Handle(HttpRequest request)
    {
        var errors = new ValidationErrors();
        foreach (var name in (string[])["q", "skip", "take"])
        {
            // "q=a&q=b" would otherwise search "a,b": each parameter is given once or not at all.
            if (request.Query[name].Count > 1)
            {
                errors.Add(name, "Give this parameter once.");
            }
        }

        var query = request.Query["q"].ToString();
        errors.RequireText("q", query, ApiLimits.MaxSearchQueryLength);
        // Validated as it is searched: a query that normalises to nothing ("-", "%00") would list the whole catalogue.
        if (!string.IsNullOrWhiteSpace(query) && query.Length <= ApiLimits.MaxSearchQueryLength && NameNormalizer.Normalize(query.Trim()).Length == 0)
        {
            errors.Add("q", "Must contain at least one letter or digit.");
        }
        var skip = ReadInt(request, "skip", 0, 0, int.MaxValue, errors);
        var take = ReadInt(request, "take", ApiLimits.DefaultPageSize, 1, ApiLimits.MaxPageSize, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var items = catalogue.Current.Ingredients.Search(query.Trim(), skip, take, out var total);
        return TypedResults.Ok(new IngredientSearchResponse(query.Trim(), total, skip, take, items.Select(IngredientDto.From).ToList()));
    }

    private static int ReadInt(HttpRequest request, string name, int fallback, int min, int max, ValidationErrors errors)
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(name, $"Must be a whole number from {min} to {max}.");
            return fallback;
        }

        return value;
    }
}
