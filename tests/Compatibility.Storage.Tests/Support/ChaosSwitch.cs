namespace Compatibility.Storage.Tests.Support;

/// <summary>Turns the injected chaos on and off mid-test.</summary>
internal sealed class ChaosSwitch
{
    private volatile bool _enabled;

    public bool Enabled
    {
        get => _enabled;
        set => _enabled = value;
    }

    public ValueTask<bool> IsEnabled<TArgs>(TArgs _) => ValueTask.FromResult(_enabled);
}
