using System.Text.Json;
using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;
using Compatibility.Core.Validation;
using Compatibility.Storage.Tables;

namespace Compatibility.Storage.Admin;

/// <summary>
/// What an admin write must satisfy before it reaches storage. The limits keep every entity inside Azure's:
/// keys ≤ 1 KiB encoded, each string property well under 64 KiB (32 K UTF-16 chars), the entity under 1 MiB.
/// </summary>
public static class CatalogueValidation
{
    /// <summary>CosIng has INCI names (and so ids) of over 2,000 characters; longer ids get hashed keys.</summary>
    public const int MaxIdLength = 4_000;
    public const int MaxNameLength = 4_000;
    public const int MaxListItems = 100;
    public const int MaxListItemLength = 300;
    public const int MaxVersionLength = 100;
    public const int MaxCasNumberLength = 100;

    /// <summary>
    /// Longest JSON text of a stored list (synonyms, classes, functions): what Azure counts is the escaped JSON,
    /// where <c>é</c> or <c>&lt;</c> takes six characters, not the raw item lengths. 32,000 UTF-16 characters is
    /// 64,000 bytes, under the 64 KiB (65,536-byte) limit of one string property, and above the 30,302 characters
    /// of a plain-ASCII list at <see cref="MaxListItems"/> × <see cref="MaxListItemLength"/>, so the per-item limits
    /// never refuse what they allow unless escaping is what makes the list too long.
    /// </summary>
    public const int MaxStoredListLength = 32_000;

    public static IReadOnlyDictionary<string, string[]> IngredientId(string id) => KeyOnly("id", id, MaxIdLength, isSku: false);

    public static IReadOnlyDictionary<string, string[]> Sku(string sku) => KeyOnly("sku", sku, FieldLimits.MaxSkuLength, isSku: true);

    public static IReadOnlyDictionary<string, string[]> ProtocolId(string id) => KeyOnly("id", id, FieldLimits.MaxProtocolIdLength, isSku: false);

    public static IReadOnlyDictionary<string, string[]> Ingredient(Ingredient value)
    {
        var errors = new ValidationErrors();
        Key(errors, "id", value.Id);
        StoredText(errors, "inciName", value.InciName, MaxNameLength, required: true);
        errors.OneLineTexts("synonyms", value.Synonyms, MaxListItems, MaxListItemLength);
        errors.OneLineTexts("functions", value.Functions, MaxListItems, MaxListItemLength);
        StoredLength(errors, "synonyms", value.Synonyms);
        StoredLength(errors, "functions", value.Functions);
        StoredLength(errors, "classes", value.Classes);
        var classes = value.Classes ?? [];
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] is null || !IngredientClass.IsKnown(classes[i]))
            {
                errors.Add($"classes[{i}]", $"Unknown class id; use one of: {string.Join(", ", IngredientClass.All)}.");
            }
        }

        StoredText(errors, "casNumber", value.CasNumber, MaxCasNumberLength, required: false);
        return errors.ToDictionary();
    }

    public static IReadOnlyDictionary<string, string[]> Product(Product value)
    {
        var errors = new ValidationErrors();
        Key(errors, "sku", value.Sku, FieldLimits.MaxSkuLength, isSku: true);
        StoredText(errors, "name", value.Name, FieldLimits.MaxProductNameLength, required: true);
        StoredText(errors, "brand", value.Brand, FieldLimits.MaxProductNameLength, required: false);
        if (value.Category is not null && !ProductCategory.IsKnown(value.Category))
        {
            errors.Add("category", $"Unknown category; use one of: {string.Join(", ", ProductCategory.All)}.");
        }

        StoredText(errors, "inci", value.Inci, FieldLimits.MaxInciLength, required: true);
        return errors.ToDictionary();
    }

    public static IReadOnlyDictionary<string, string[]> Protocol(ProtocolDocument value)
    {
        var errors = new ValidationErrors();
        Key(errors, "id", value.Id, FieldLimits.MaxProtocolIdLength);
        StoredText(errors, "version", value.Version, MaxVersionLength, required: true);
        if (value.Json.Length > ProtocolMapper.MaxJsonLength)
        {
            errors.Add("$", $"The protocol must be at most {ProtocolMapper.MaxJsonLength} characters of JSON.");
            return errors.ToDictionary();
        }

        try
        {
            // The same parse and rules the snapshot applies: a protocol that is stored can always be served.
            var protocol = ProtocolSerializer.Deserialize(value.Json);
            if (protocol.Id != value.Id)
            {
                errors.Add("id", "The protocol's 'id' must equal the id in the URL.");
            }

            if (protocol.Version != value.Version)
            {
                errors.Add("version", "The protocol's 'version' must equal the stored version.");
            }
        }
        catch (ProtocolValidationException ex)
        {
            errors.Add("$", ex.Message);
        }
        catch (JsonException ex)
        {
            errors.Add(ValidationErrors.FieldPath(ex.Path), "The protocol is not valid JSON for the protocol model.");
        }

        return errors.ToDictionary();
    }

    /// <summary>
    /// Stored text: given when required (never blank when given), within its length, one line. Bidi controls are kept
    /// as given (contract): the iCalendar writer and the sheet strip them from what they write.
    /// </summary>
    private static void StoredText(ValidationErrors errors, string field, string? value, int maxLength, bool required)
    {
        if (value is null && !required)
        {
            return;
        }

        errors.RequireText(field, value, maxLength);
        errors.OneLineText(field, value);
    }

    private static void Key(ValidationErrors errors, string field, string? value, int maxLength = MaxIdLength, bool isSku = false)
    {
        errors.RequireText(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && CatalogueKeys.Problem(value, isSku) is { } problem)
        {
            errors.Add(field, problem);
        }
    }

    private static IReadOnlyDictionary<string, string[]> KeyOnly(string field, string value, int maxLength, bool isSku)
    {
        var errors = new ValidationErrors();
        Key(errors, field, value, maxLength, isSku);
        return errors.ToDictionary();
    }

    private static void StoredLength(ValidationErrors errors, string field, IReadOnlyList<string>? values)
    {
        if (values is null || values.Any(v => v is null))
        {
            return; // Named item by item above.
        }

        if (StoredStrings.Write(values).Length > MaxStoredListLength)
        {
            errors.Add(field, $"Stored as JSON, the list must be at most {MaxStoredListLength} characters; non-ASCII and <, >, &, ', \" each take six.");
        }
    }
}
