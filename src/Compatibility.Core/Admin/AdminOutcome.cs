namespace Compatibility.Core.Admin;

/// <summary>How an admin read or write ended. Each maps to one HTTP status in the admin handlers.</summary>
public enum AdminOutcome
{
    /// <summary>200 with the value and its ETag.</summary>
    Found,

    /// <summary>201: the item did not exist and was created.</summary>
    Created,

    /// <summary>200: the item was replaced.</summary>
    Updated,

    /// <summary>204.</summary>
    Deleted,

    /// <summary>404.</summary>
    NotFound,

    /// <summary>400: see the errors, keyed by JSON path.</summary>
    Invalid,

    /// <summary>412: the If-Match ETag is stale; someone else changed the item.</summary>
    PreconditionFailed,

    /// <summary>428: the item exists and the request carried no If-Match.</summary>
    PreconditionRequired,

    /// <summary>503: storage is unreachable or not configured; nothing was written.</summary>
    Unavailable,
}
