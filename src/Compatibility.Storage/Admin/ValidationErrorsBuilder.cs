namespace Compatibility.Storage.Admin;

/// <summary>Collects validation errors keyed by JSON path, the contract's shape for problem responses.</summary>
internal sealed class ValidationErrorsBuilder
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Text(string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required || value is not null)
            {
                Add(field, "Required, and must not be empty.");
            }

            return;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"Must be at most {maxLength} characters.");
        }

        if (value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            Add(field, "Must not contain control characters or line separators.");
        }
    }

    public void List(string field, IReadOnlyList<string>? values, int maxItems, int maxItemLength)
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
            Text($"{field}[{i}]", values[i] ?? string.Empty, maxItemLength, required: true);
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
