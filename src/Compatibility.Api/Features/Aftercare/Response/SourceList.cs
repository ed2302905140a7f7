using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>
/// The <c>sources</c> of a finding or conflict: <c>[{ id, title, url }]</c>. A window's or rule's list is shared by every
/// finding it makes, so its JSON is written once per serializer options and copied into each response after that
/// (<see cref="SourceListJson"/>): the same bytes the serializer writes for the list, without writing them again.
/// </summary>
[JsonConverter(typeof(SourceListJson))]
public sealed class SourceList : IReadOnlyList<SourceRef>
{
    private readonly SourceRef[] _items;
    private Encoded? _encoded;

    public SourceList(SourceRef[] items) => _items = items;

    public static SourceList Empty { get; } = new([]);

    public int Count => _items.Length;

    public SourceRef this[int index] => _items[index];

    public IEnumerator<SourceRef> GetEnumerator() => ((IEnumerable<SourceRef>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The list as the serializer writes it with <paramref name="options"/>, worked out on first use.</summary>
    internal ReadOnlyMemory<byte> Utf8(JsonSerializerOptions options)
    {
        var encoded = Volatile.Read(ref _encoded);
        if (encoded is null || !ReferenceEquals(encoded.Options, options))
        {
            encoded = new Encoded(options, JsonSerializer.SerializeToUtf8Bytes(_items, options.GetTypeInfo(typeof(SourceRef[]))));
            Volatile.Write(ref _encoded, encoded);
        }

        return encoded.Json;
    }

    private sealed record Encoded(JsonSerializerOptions Options, byte[] Json);
}
