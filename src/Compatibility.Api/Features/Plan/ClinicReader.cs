using Compatibility.Api.Http;

namespace Compatibility.Api.Features.Plan;

/// <summary>Validates the optional <c>clinic</c> of a plan request: short texts, and a URL only when it is http(s).</summary>
public static class ClinicReader
{
    public const int MaxPhoneLength = 40;
    public const int MaxUrlLength = 500;

    public static ClinicInput? Read(ClinicInput? clinic, ValidationErrors errors)
    {
        if (clinic is null) return null;
        errors.MaxLength("clinic.name", clinic.Name, ApiLimits.MaxNameLength);
        errors.MaxLength("clinic.phone", clinic.Phone, MaxPhoneLength);
        errors.MaxLength("clinic.url", clinic.Url, MaxUrlLength);
        errors.ReadableText("clinic.name", clinic.Name);
        errors.ReadableText("clinic.phone", clinic.Phone);
        // A link on a page handed to patients: javascript:, data: and relative URLs are refused, not silently dropped.
        if (!string.IsNullOrWhiteSpace(clinic.Url) && Sheet.Html.SafeHref(clinic.Url) is null)
        {
            errors.Add("clinic.url", "Must be an absolute http or https URL.");
        }

        return new ClinicInput(Blank(clinic.Name), Blank(clinic.Phone), Blank(clinic.Url));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
