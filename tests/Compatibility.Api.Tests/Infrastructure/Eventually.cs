namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>Polls a condition that becomes true after a snapshot refresh (every second in the storage fixtures).</summary>
public static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }
}
