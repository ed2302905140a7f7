using Azure;
using Azure.Data.Tables;
using Compatibility.Core.Admin;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Tables;
using Polly;

namespace Compatibility.Storage.Admin;

/// <summary>
/// Reads and writes one kind of catalogue item with optimistic concurrency. Every write is a single-entity
/// operation, so it lands whole or not at all: an outage never leaves anything half-written.
/// <list type="bullet">
/// <item>No If-Match: create only. If the item exists → <see cref="AdminOutcome.PreconditionRequired"/>.</item>
/// <item>If-Match: replace that version. Stale, or nothing there → <see cref="AdminOutcome.PreconditionFailed"/>
/// (RFC 9110 §13.1.1); <c>*</c> replaces whatever is there.</item>
/// <item>A 409 (create) or 412 (replace) after the SDK retried is re-read and compared: when storage holds exactly
/// what we wrote, our earlier try landed and only its response was lost, so the write is reported as done. On a
/// first try a 409/412 is a real conflict (428/412), even when the content happens to be equal.</item>
/// </list>
/// </summary>
public sealed class EntityStore<T>(
    TableClient table,
    IEntityMapper<T> mapper,
    Func<T, IReadOnlyDictionary<string, string[]>> validate,
    Func<string, IReadOnlyDictionary<string, string[]>> validateKey,
    ResiliencePipeline pipeline)
    where T : class
{
    public Task<AdminResult<T>> GetAsync(string id, CancellationToken cancellationToken)
    {
        var keyErrors = validateKey(id);
        if (keyErrors.Count > 0)
        {
            // An id no write can store cannot exist (and may not be a valid table key).
            return Task.FromResult(AdminResult<T>.NotFound());
        }

        return GuardAsync(async ct =>
        {
            var stored = await ReadAsync(id, ct);
            return stored is null ? AdminResult<T>.NotFound() : AdminResult<T>.Ok(AdminOutcome.Found, mapper.FromEntity(stored), stored.ETag.ToString());
        }, cancellationToken);
    }

    public Task<AdminResult<T>> PutAsync(T value, string? ifMatchHeader, CancellationToken cancellationToken)
    {
        var ifMatch = IfMatch.Parse(ifMatchHeader);
        if (!ifMatch.IsValid)
        {
            return Task.FromResult(InvalidIfMatch(ifMatch));
        }

        var errors = validate(value);
        if (errors.Count > 0)
        {
            return Task.FromResult(AdminResult<T>.Invalid(errors));
        }

        var entity = mapper.ToEntity(value);
        return GuardAsync(ct => ifMatch.IsPresent ? ReplaceAsync(entity, ifMatch, ct) : CreateAsync(entity, ct), cancellationToken);
    }

    public Task<AdminResult<T>> DeleteAsync(string id, string? ifMatchHeader, CancellationToken cancellationToken)
    {
        var ifMatch = IfMatch.Parse(ifMatchHeader);
        if (!ifMatch.IsValid)
        {
            return Task.FromResult(InvalidIfMatch(ifMatch));
        }

        if (!ifMatch.IsPresent)
        {
            return Task.FromResult(AdminResult<T>.PreconditionRequired());
        }

        var keyErrors = validateKey(id);
        if (keyErrors.Count > 0)
        {
            return Task.FromResult(AdminResult<T>.Invalid(keyErrors));
        }

        return GuardAsync(
            async ct =>
            {
                var condition = ETag.All;
                if (!ifMatch.IsAny)
                {
                    var current = await ReadAsync(id, ct);
                    if (current is null)
                    {
                        return AdminResult<T>.NotFound();
                    }

                    if (!ifMatch.Matches(current.ETag.ToString()))
                    {
                        return AdminResult<T>.PreconditionFailed(current.ETag.ToString());
                    }

                    condition = current.ETag;
                }

                try
                {
                    var response = await pipeline.ExecuteAsync(
                        async c => await table.DeleteEntityAsync(mapper.PartitionKeyOf(id), TableKeys.Key(id), condition, c), ct);
                    return response.Status == 404 ? AdminResult<T>.NotFound() : AdminResult<T>.Deleted();
                }
                catch (RequestFailedException ex) when (ex.Status == 412)
                {
                    var stored = await ReadAsync(id, ct);
                    return stored is null ? AdminResult<T>.Deleted() : AdminResult<T>.PreconditionFailed(stored.ETag.ToString());
                }
            },
            cancellationToken);
    }

    private async Task<AdminResult<T>> CreateAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        using var attempts = StorageAttempts.Begin();
        try
        {
            var response = await pipeline.ExecuteAsync(async ct => await table.AddEntityAsync(entity, ct), cancellationToken);
            return AdminResult<T>.Ok(AdminOutcome.Created, mapper.FromEntity(entity), response.Headers.ETag?.ToString() ?? string.Empty);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var retried = attempts.Retried;
            var stored = await ReadAsync(entity, cancellationToken);
            return retried && stored is not null && EntityPayload.Same(entity, stored)
                ? AdminResult<T>.Ok(AdminOutcome.Created, mapper.FromEntity(stored), stored.ETag.ToString())
                : AdminResult<T>.PreconditionRequired();
        }
    }

    // A list of tags is matched here against the stored ETag, and storage is then asked to replace exactly that
    // version: a header value never reaches storage (Azure answers a malformed one with 400), and a change in
    // between still ends in storage's own 412.
    private async Task<AdminResult<T>> ReplaceAsync(TableEntity entity, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var condition = ETag.All;
        if (!ifMatch.IsAny)
        {
            var current = await ReadAsync(entity, cancellationToken);
            if (current is null)
            {
                return AdminResult<T>.PreconditionFailedAsMissing();
            }

            if (!ifMatch.Matches(current.ETag.ToString()))
            {
                return AdminResult<T>.PreconditionFailed(current.ETag.ToString());
            }

            condition = current.ETag;
        }

        using var attempts = StorageAttempts.Begin();
        try
        {
            var response = await pipeline.ExecuteAsync(async ct => await table.UpdateEntityAsync(entity, condition, TableUpdateMode.Replace, ct), cancellationToken);
            return AdminResult<T>.Ok(AdminOutcome.Updated, mapper.FromEntity(entity), response.Headers.ETag?.ToString() ?? string.Empty);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return AdminResult<T>.PreconditionFailedAsMissing();
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            var retried = attempts.Retried;
            var stored = await ReadAsync(entity, cancellationToken);
            if (stored is null)
            {
                return AdminResult<T>.PreconditionFailedAsMissing();
            }

            return retried && EntityPayload.Same(entity, stored)
                ? AdminResult<T>.Ok(AdminOutcome.Updated, mapper.FromEntity(stored), stored.ETag.ToString())
                : AdminResult<T>.PreconditionFailed(stored.ETag.ToString());
        }
    }

    private Task<TableEntity?> ReadAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync(mapper.PartitionKeyOf(id), TableKeys.Key(id), cancellationToken);

    private Task<TableEntity?> ReadAsync(TableEntity entity, CancellationToken cancellationToken) =>
        ReadAsync(entity.PartitionKey, entity.RowKey, cancellationToken);

    private async Task<TableEntity?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await pipeline.ExecuteAsync(
            async ct => await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct), cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static AdminResult<T> InvalidIfMatch(IfMatch ifMatch) =>
        AdminResult<T>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["If-Match"] = [ifMatch.Error!] });

    // Storage down, slow, throttling or the circuit open: report "unavailable", never throw to the handler.
    private static async Task<AdminResult<T>> GuardAsync(Func<CancellationToken, Task<AdminResult<T>>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation(cancellationToken);
        }
        catch (Exception ex) when (StorageFaults.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            return AdminResult<T>.Unavailable("Catalogue storage is unavailable; nothing was written. Try again later.");
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == "TableNotFound")
        {
            return AdminResult<T>.Unavailable("The catalogue tables do not exist yet; run the import first. Nothing was written.");
        }
    }
}
