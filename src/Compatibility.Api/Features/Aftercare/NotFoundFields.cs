using Compatibility.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>References to things that do not exist (a protocol, a SKU): a 404 naming each field, unless the request is also invalid.</summary>
public sealed class NotFoundFields
{
    private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);

    public bool IsEmpty => _fields.Count == 0;

    public void Add(string field, string message) => _fields[field] = [message];

    public ProblemHttpResult ToProblem() =>
        TypedResults.Problem(
            detail: string.Join(" ", _fields.Values.SelectMany(v => v)),
            statusCode: StatusCodes.Status404NotFound,
            title: "A referenced protocol or product was not found.",
            type: ProblemTypes.NotFound,
            extensions: new Dictionary<string, object?> { ["errors"] = _fields });

    /// <summary>The problem to answer with: validation first (400, including any not-found fields), else 404, else null.</summary>
    public static AftercareProblem? ProblemFor(ValidationErrors errors, NotFoundFields notFound)
    {
        if (!errors.IsEmpty)
        {
            foreach (var (field, messages) in notFound._fields)
            {
                errors.Add(field, messages[0]);
            }

            return new AftercareProblem(Problems.Validation(errors.ToDictionary()));
        }

        return notFound.IsEmpty ? null : new AftercareProblem(new NotFoundProblem(notFound.ToProblem()));
    }
}
