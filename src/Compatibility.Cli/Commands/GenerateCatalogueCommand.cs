namespace Compatibility.Cli.Commands;

internal static class GenerateCatalogueCommand
{
    public static int Run(string[] args) => throw new NotImplementedException();
}
