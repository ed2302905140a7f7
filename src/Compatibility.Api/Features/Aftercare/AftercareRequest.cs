using System.Diagnostics.CodeAnalysis;
using Compatibility.Api.Http;
using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>
/// An aftercare request as read by <see cref="AftercareRequests"/>: the body, its shared parts as core inputs, and the
/// errors so far. The handler adds its own fields' errors to <see cref="Errors"/>, then asks <see cref="Problem"/>.
/// </summary>
public sealed class AftercareRequest<T>
    where T : class, IAftercareRequest
{
    private readonly BodyProblem? _unreadable;
    private readonly NotFoundFields _notFound;
    private readonly T? _input;

    private AftercareRequest(T? input, AftercareInputs? shared, ValidationErrors errors, NotFoundFields notFound, BodyProblem? unreadable)
    {
        _input = input;
        Procedure = shared?.Procedure;
        Protocol = shared?.Protocol;
        Products = shared?.Products ?? [];
        Errors = errors;
        _notFound = notFound;
        _unreadable = unreadable;
    }

    /// <summary>Null when invalid (see <see cref="Errors"/>).</summary>
    public Procedure? Procedure { get; }

    /// <summary>Null when invalid or not found.</summary>
    public Protocol? Protocol { get; }

    public List<ProductToCheck> Products { get; }

    public ValidationErrors Errors { get; }

    internal static AftercareRequest<T> Unreadable(BodyProblem problem) => new(null, null, new ValidationErrors(), new NotFoundFields(), problem);

    internal static AftercareRequest<T> Read(T input, AftercareInputs shared, ValidationErrors errors, NotFoundFields notFound) =>
        new(input, shared, errors, notFound, null);

    /// <summary>The body, or false with the problem to answer when it could not be read.</summary>
    public bool TryGetInput([NotNullWhen(true)] out T? input, [NotNullWhen(false)] out AftercareProblem? unreadable)
    {
        input = _input;
        unreadable = _unreadable is null ? null : new AftercareProblem(_unreadable);
        return input is not null;
    }

    /// <summary>
    /// The problem to answer with once the handler's own checks are in <see cref="Errors"/>: invalid fields first (400,
    /// with any not-found fields beside them), else what does not exist (404); null when the request is valid, and then
    /// <see cref="Procedure"/> and <see cref="Protocol"/> are set.
    /// </summary>
    public AftercareProblem? Problem() =>
        _unreadable is not null ? new AftercareProblem(_unreadable) : NotFoundFields.ProblemFor(Errors, _notFound);
}
