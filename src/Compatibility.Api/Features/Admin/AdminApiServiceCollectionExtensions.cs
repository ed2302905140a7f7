using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Features.Admin;

/// <summary>Registers the admin handlers and their JSON; the store itself comes from <c>AddCatalogue</c>.</summary>
public static class AdminApiServiceCollectionExtensions
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AdminJsonContext.Default));
        services.AddSingleton<IngredientAdminHandler>();
        services.AddSingleton<ProductAdminHandler>();
        services.AddSingleton<ProtocolAdminHandler>();
        return services;
    }
}
