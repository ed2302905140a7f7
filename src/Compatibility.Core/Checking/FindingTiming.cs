namespace Compatibility.Core.Checking;

/// <summary>How a pending finding's verdict and <c>until</c> follow from the procedure time and the moment judged.</summary>
internal enum FindingTiming
{
    /// <summary>Never decided by time (unrecognised ingredient, empty label, no window): the finding as it stands.</summary>
    Fixed,

    /// <summary>Allowed from the procedure itself (a "scrub" material that is a wax in a stick).</summary>
    FromProcedure,

    /// <summary>Held for the window's length after the procedure, then allowed.</summary>
    Window,
}
