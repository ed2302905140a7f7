using Compatibility.Core.Text;

namespace Compatibility.Core.Validation;

/// <summary>
/// Collects validation errors keyed by JSON path (<c>products[2].inci</c>), the contract's shape for a 400 problem:
/// the one builder for the public routes' requests and the admin writes, so both word their messages the same way.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Requires a non-blank string no longer than <paramref name="maxLength"/>.</summary>
    public void RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required, and must not be empty.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"Must be at most {maxLength} characters.");
        }
    }

    /// <summary>Refuses text that would break a line or reorder what is shown (<see cref="DisplayText"/>), naming the code point.</summary>
    public void ReadableText(string field, string? value)
    {
        if (DisplayText.Problem(value) is { } problem)
        {
            Add(field, problem);
        }
    }

    /// <summary>Refuses text that cannot be stored as one line (<see cref="DisplayText.LineProblem"/>), naming the code point.</summary>
    public void OneLineText(string field, string? value)
    {
        if (DisplayText.LineProblem(value) is { } problem)
        {
            Add(field, problem);
        }
    }

    /// <summary>
    /// A list of at most <paramref name="maxItems"/> entries, each required, one line and at most
    /// <paramref name="maxItemLength"/> characters; errors name the entry (<c>synonyms[3]</c>). A missing list is fine.
    /// </summary>
    public void OneLineTexts(string field, IReadOnlyList<string?>? values, int maxItems, int maxItemLength)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count > maxItems)
        {
            Add(field, $"Must have at most {maxItems} entries.");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            RequireText($"{field}[{i}]", values[i], maxItemLength);
            OneLineText($"{field}[{i}]", values[i]);
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Turns System.Text.Json's <c>$.products[2].inci</c> into the contract's <c>products[2].inci</c> (the root is <c>$</c>).</summary>
    public static string FieldPath(string? jsonPath) => jsonPath switch
    {
        null or "" or "$" => "$",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ when jsonPath.StartsWith('$') => jsonPath[1..],
        _ => jsonPath,
    };
}
