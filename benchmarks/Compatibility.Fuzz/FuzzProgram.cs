using Compatibility.Testing;

namespace Compatibility.Fuzz;

/// <summary>
/// Entry point. <c>labels [count]</c> fuzzes the label analyser (default 1,000,000 inputs);
/// <c>requests [seconds]</c> posts mutated JSON bodies through the in-memory DevServer (default 180 s);
/// <c>admin [count]</c> sends admin requests (bodies, headers, route keys) over a real Azurite (default 200,000).
/// Exit code 1 when anything failed; failing inputs are written under <c>artifacts/fuzz/</c>.
/// </summary>
public static class FuzzProgram
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "labels";
        var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20261125;
        var outDir = Repository.PathTo("artifacts", "fuzz");
        Directory.CreateDirectory(outDir);
        return mode switch
        {
            "labels" => LabelFuzzer.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, seed, outDir),
            "requests" => await RequestFuzzer.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 180), seed, outDir),
            "admin" => await AdminFuzzer.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000, seed, outDir),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Compatibility.Fuzz <labels [count]|requests [seconds]|admin [count]> [seed]");
        return 2;
    }
}
