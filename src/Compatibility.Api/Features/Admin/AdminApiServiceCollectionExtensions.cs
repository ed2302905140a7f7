using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Features.Admin;

/// <summary>Registers the admin handlers (their JSON types are in <see cref="Json.ApiJsonContext"/>); the store (<see cref="Core.Admin.ICatalogueAdminStore"/>) is the host's to add.</summary>
public static class AdminApiServiceCollectionExtensions
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddSingleton<IngredientAdminHandler>();
        services.AddSingleton<ProductAdminHandler>();
        services.AddSingleton<ProtocolAdminHandler>();
        return services;
    }
}
