using Compatibility.Storage.Configuration;
using Compatibility.Storage.Tables;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// One of the two hosts (the DevServer, the Functions app) serving the same handlers over a real Azurite with the
/// embedded seeds imported, so a test can run unchanged against both.
/// </summary>
public interface IStorageHost
{
    string Name { get; }

    /// <summary>Where the host's tables are (connection string and prefix), for a second client such as an import.</summary>
    CatalogueOptions StorageOptions { get; }

    /// <summary>The host's tables, for writes that bypass the API (a stored row an older build could have left).</summary>
    CatalogueTables Tables { get; }

    /// <summary>Sends a request with the admin key (where the host checks one).</summary>
    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request);

    /// <summary>Runs one snapshot refresh now; true when storage answered with a complete catalogue.</summary>
    Task<bool> RefreshAsync();

    /// <summary>Why the last refresh failed (null after a good one), for assertion messages.</summary>
    string? LastRefreshError { get; }
}
