namespace Compatibility.Core.Catalogue;

/// <summary>
/// The storage ETag of every ingredient and protocol a snapshot was read from, so the public <c>GET</c>s can hand
/// out the tag an admin update needs in <c>If-Match</c> without a blind <c>*</c>. Empty for the embedded catalogue.
/// A tag is as fresh as the snapshot: one older than storage's gets a 412 carrying the current one, never a lost update.
/// </summary>
public sealed class StoredETags(IReadOnlyDictionary<string, string> ingredients, IReadOnlyDictionary<string, string> protocols)
{
    public static StoredETags None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public string? Ingredient(string id) => ingredients.GetValueOrDefault(id);

    public string? Protocol(string id) => protocols.GetValueOrDefault(id);
}
