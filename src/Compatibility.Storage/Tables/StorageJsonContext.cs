using System.Text.Json.Serialization;

namespace Compatibility.Storage.Tables;

/// <summary>Source-generated JSON for values kept inside entity properties.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
