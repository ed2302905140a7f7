namespace Compatibility.Infra.Tests.Templates;

/// <summary>What each environment's parameter file actually sets, after `bicep build-params`.</summary>
public sealed class EnvironmentParameterTests
{
    [Theory]
    [MemberData(nameof(EnvironmentParameters.Files), MemberType = typeof(EnvironmentParameters))]
    public void Cors_origins_are_explicit_https_origins_never_a_wildcard(string parameterFile)
    {
        var origins = EnvironmentParameters.Compile(parameterFile)["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();

        Assert.NotEmpty(origins);
        Assert.All(origins, origin =>
        {
            Assert.DoesNotContain("*", origin, StringComparison.Ordinal);
            Assert.True(Uri.TryCreate(origin, UriKind.Absolute, out var uri), $"'{origin}' is not an absolute URL");
            Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
            // An origin is scheme + host (+ port): a path or trailing slash never matches a browser's Origin header.
            Assert.Equal(uri.GetLeftPart(UriPartial.Authority), origin);
        });
    }

    [Theory]
    [MemberData(nameof(EnvironmentParameters.Files), MemberType = typeof(EnvironmentParameters))]
    public void Scale_out_is_capped(string parameterFile)
    {
        var maximum = EnvironmentParameters.Compile(parameterFile)["maximumInstanceCount"]!.GetValue<int>();

        Assert.InRange(maximum, 1, 1000);
    }

    [Fact]
    public void Staging_scales_to_zero_to_cost_nothing_when_idle() =>
        Assert.Equal(0, EnvironmentParameters.Compile("staging.bicepparam")["alwaysReadyInstanceCount"]!.GetValue<int>());

    [Fact]
    public void Production_keeps_an_instance_warm_against_cold_starts() =>
        Assert.True(EnvironmentParameters.Compile("production.bicepparam")["alwaysReadyInstanceCount"]!.GetValue<int>() >= 1);

    [Fact]
    public void Environments_do_not_share_origins()
    {
        var staging = EnvironmentParameters.Compile("staging.bicepparam")["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>());
        var production = EnvironmentParameters.Compile("production.bicepparam")["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>());

        Assert.Empty(staging.Intersect(production));
    }

    [Theory]
    [MemberData(nameof(EnvironmentParameters.Files), MemberType = typeof(EnvironmentParameters))]
    public void Environment_name_and_deployer_come_from_the_azd_environment(string parameterFile)
    {
        var source = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Infra, parameterFile));

        Assert.Contains("readEnvironmentVariable('AZURE_ENV_NAME'", source, StringComparison.Ordinal);
        Assert.Contains("readEnvironmentVariable('AZURE_PRINCIPAL_ID'", source, StringComparison.Ordinal);
        Assert.Equal(string.Empty, EnvironmentParameters.Compile(parameterFile)["principalId"]!.GetValue<string>());
    }
}
