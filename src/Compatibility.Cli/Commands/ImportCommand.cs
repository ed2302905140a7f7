namespace Compatibility.Cli.Commands;

internal static class ImportCommand
{
    public static Task<int> RunAsync(string[] args) => throw new NotImplementedException();
}
