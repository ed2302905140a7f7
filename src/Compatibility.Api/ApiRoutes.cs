namespace Compatibility.Api;

/// <summary>
/// Every HTTP route, relative to the <c>api</c> prefix. The functions' triggers and the DevServer's map
/// both use these constants; a test proves the two hosts expose the same set.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";

    public const string Health = "health";
    public const string HealthDetail = "health/detail";
    public const string AnalyzeIngredients = "v1/ingredients/analyze";
    public const string Ingredients = "v1/ingredients";
    public const string Ingredient = "v1/ingredients/{id}";
    public const string Check = "v1/check";
    public const string RoutineCheck = "v1/routines/check";
    public const string Plan = "v1/plan";
    public const string Prepare = "v1/prepare";
    public const string Protocols = "v1/protocols";
    public const string Protocol = "v1/protocols/{id}";
    public const string Product = "v1/products/{sku}";
    public const string OpenApi = "openapi.json";
}
