using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Http;

/// <summary>Either the deserialised body or the problem response to send instead.</summary>
public readonly record struct BodyReadResult<T>(T? Value, BodyProblem? Problem)
    where T : class
{
    public static BodyReadResult<T> Ok(T value) => new(value, null);

    public static BodyReadResult<T> Fail(IResult problem) => new(null, new BodyProblem(problem));
}
