namespace Compatibility.Core.Admin;

/// <summary>The result of an admin read or write: an outcome, never an exception, for every expected case.</summary>
public sealed record AdminResult<T>(AdminOutcome Outcome, T? Value, string? ETag, IReadOnlyDictionary<string, string[]>? Errors, string? Detail)
    where T : class
{
    public static AdminResult<T> Ok(AdminOutcome outcome, T value, string etag) => new(outcome, value, etag, null, null);

    public static AdminResult<T> Deleted() => new(AdminOutcome.Deleted, null, null, null, null);

    public static AdminResult<T> NotFound() => new(AdminOutcome.NotFound, null, null, null, null);

    public static AdminResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(AdminOutcome.Invalid, null, null, errors, null);

    public static AdminResult<T> PreconditionFailed(string? currentETag) =>
        new(AdminOutcome.PreconditionFailed, null, null, null, "The item changed since it was read; read it again and send its current ETag in If-Match.") { CurrentETag = currentETag };

    /// <summary>
    /// RFC 9110 §13.1.1: <c>If-Match</c> (a tag or <c>*</c>) is false when there is no current item, so a conditional
    /// <c>PUT</c> of a missing item is a 412, not a create and not a 404.
    /// </summary>
    public static AdminResult<T> PreconditionFailedAsMissing() =>
        new(AdminOutcome.PreconditionFailed, null, null, null, "The item does not exist (any more); send the PUT without If-Match to create it.");

    public static AdminResult<T> PreconditionRequired() =>
        new(AdminOutcome.PreconditionRequired, null, null, null, "The item exists; send its ETag in If-Match to change it.");

    public static AdminResult<T> Unavailable(string detail) => new(AdminOutcome.Unavailable, null, null, null, detail);

    /// <summary>On a 412: the stored item's ETag now (it may be gone: null).</summary>
    public string? CurrentETag { get; init; }
}
