namespace Compatibility.Core.Tests.Labels;

/// <summary>
/// Bounds a whole fuzz run (every generated case of a test), so an input that makes the parser hang or blow up fails
/// the test, naming the input, instead of stalling the suite. Generous on purpose: the longest run takes about 2 s;
/// speed goals live in the benchmarks (docs/performance.md), never here.
/// </summary>
internal static class FuzzDeadline
{
    public static readonly TimeSpan Whole = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="run"/> on the thread pool; fails when it has not finished within <see cref="Whole"/>.</summary>
    /// <param name="current">The input being checked, quoted in the failure.</param>
    public static async Task RunAsync(Action run, Func<string?> current, TimeSpan? within = null)
    {
        var limit = within ?? Whole;
        var work = Task.Run(run);
        if (await Task.WhenAny(work, Task.Delay(limit)) != work)
        {
            // The run cannot be stopped from outside; it goes on in the background until the test process ends.
            var input = current() ?? string.Empty;
            Assert.Fail($"The fuzz run did not finish within {limit.TotalSeconds:F0} s. Input being checked ({input.Length} characters): {input[..Math.Min(input.Length, 300)]}");
        }

        await work;
    }
}
