using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Compatibility.Api.Http;

/// <summary>
/// Reads a JSON request body the same way in both hosts: 415 for a non-JSON content type, 413 past the
/// documented size limit, 400 naming the JSON path for malformed JSON or a wrong type, a problem (400, 408, 413) when the
/// body cannot be read (cut short, too slow). Never throws for bad input.
/// </summary>
public sealed class JsonBody(IOptions<ApiOptions> options, ILogger<JsonBody> logger)
{
    private readonly int _limit = options.Value.MaxBodyBytes;
    private readonly ILogger _logger = logger;

    public async Task<BodyReadResult<T>> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsJson(request.ContentType))
        {
            return BodyReadResult<T>.Fail(Problems.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > _limit)
        {
            return BodyReadResult<T>.Fail(Problems.PayloadTooLarge(_limit));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(_limit + 1, 64 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > _limit)
                    {
                        return BodyReadResult<T>.Fail(Problems.PayloadTooLarge(_limit));
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                }
                catch (IOException ex)
                {
                    return BodyReadResult<T>.Fail(BodyReadFailures.Problem(ex, _logger));
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > _limit)
                {
                    return BodyReadResult<T>.Fail(Problems.PayloadTooLarge(_limit));
                }
            }

            if (length == 0)
            {
                return BodyReadResult<T>.Fail(Problems.Validation("$", "A JSON request body is required."));
            }

            if (DuplicateMembers.Find(buffer.AsSpan(0, length)) is { } duplicate)
            {
                return BodyReadResult<T>.Fail(Problems.Validation(duplicate, "This member is given more than once (names are compared ignoring case); send it once."));
            }

            return Deserialize(buffer.AsSpan(0, length), typeInfo);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BodyReadResult<T> Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(json, typeInfo);
            return value is null
                ? BodyReadResult<T>.Fail(Problems.Validation("$", "The request body must be a JSON object, not null."))
                : BodyReadResult<T>.Ok(value);
        }
        catch (JsonException ex)
        {
            var field = ValidationErrors.FieldPath(ex.Path);
            return BodyReadResult<T>.Fail(Problems.MalformedJson(field, DescribeJsonError(ex, field)));
        }
    }

    // The exception text can quote the input; only say where and what kind of problem, never echo the body.
    private static string DescribeJsonError(JsonException ex, string field) =>
        ex.InnerException is InvalidOperationException || ex.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The value at '{field}' has the wrong type."
            : $"The JSON is malformed at '{field}' (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).";

    private static bool IsJson(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var type = mediaType.MediaType.Value ?? string.Empty;
        if (!type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // RFC 9110 §8.3.1: the charset value may be a quoted string; "utf-8" and utf-8 are the same.
        var charset = mediaType.Charset.HasValue ? HeaderUtilities.RemoveQuotes(mediaType.Charset).Value : null;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
