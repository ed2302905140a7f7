namespace Compatibility.Api.Tests.Logging;

/// <summary>
/// Requests full of made-up patient data (a product name and an INCI ingredient found nowhere else), valid and broken,
/// for every endpoint that takes labels or routines: what must never show up in logs or telemetry.
/// </summary>
internal static class PatientData
{
    public const string ProductName = "Zephyrine Night Serum 7731";
    public const string Inci = "Aqua, Quixotriol Extract 5512, Retinol, Sodium Hyaluronate";

    /// <summary>Words of <see cref="ProductName"/> and <see cref="Inci"/> that no other test uses.</summary>
    public static readonly string[] Markers = ["Zephyrine", "Quixotriol"];

    public static IEnumerable<(string Path, string Json)> Requests()
    {
        yield return ("/api/v1/ingredients/analyze", $$"""{"inci":"{{Inci}}"}""");
        yield return ("/api/v1/check", $$"""
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"at":"2026-11-21T10:00:00+01:00",
             "products":[{"ref":"a","name":"{{ProductName}}","category":"serum","inci":"{{Inci}}"}]}
            """);
        yield return ("/api/v1/check", """{"procedure":{"type":"microneedling","performedAt":"yesterday"},"products":[]}""");
        yield return ("/api/v1/routines/check", $$"""
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"nextSessionAt":"2026-12-01T10:00:00+01:00",
             "products":[{"ref":"a","name":"{{ProductName}}","category":"serum","inci":"{{Inci}}"},
                         {"ref":"b","name":"{{ProductName}} Toner","inci":"Aqua, Glycolic Acid, Quixotriol Extract 5512"}],
             "steps":[{"product":"a","day":1,"slot":"pm"},{"product":"b","day":1,"slot":"pm"},{"product":"a","at":"2026-12-01T21:00:00+01:00"}]}
            """);
        yield return ("/api/v1/routines/check", $$"""
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},
             "products":[{"ref":"a","name":"{{ProductName}}","inci":"{{Inci}}"}],
             "steps":[{"product":"{{ProductName}}","day":1,"slot":"noon"}]}
            """);
        yield return ("/api/v1/plan", $$"""
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},
             "products":[{"ref":"a","name":"{{ProductName}}","category":"serum","inci":"{{Inci}}"}]}
            """);
        yield return ("/api/v1/plan", $$"""
            {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},
             "products":[{"ref":"a","name":"{{ProductName}}","category":"perfume","inci":"{{Inci}}"}]}
            """);
        yield return ("/api/v1/ingredients/analyze", "{\"inci\": \"" + Inci);
        yield return ("/api/v1/routines/check", "{\"steps\": [{\"product\": \"" + ProductName);
    }
}
