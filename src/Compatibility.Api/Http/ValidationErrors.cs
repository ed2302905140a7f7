namespace Compatibility.Api.Http;

/// <summary>Collects validation errors keyed by JSON path (<c>products[2].inci</c>).</summary>
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

    /// <summary>Refuses text that would break a line or reorder what is shown (<see cref="Core.Text.DisplayText"/>).</summary>
    public void ReadableText(string field, string? value)
    {
        if (Core.Text.DisplayText.Problem(value) is { } problem)
        {
            Add(field, problem);
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
