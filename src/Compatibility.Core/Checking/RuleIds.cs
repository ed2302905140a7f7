namespace Compatibility.Core.Checking;

/// <summary>Rule ids that appear in findings besides protocol windows (<c>window:{id}</c>).</summary>
public static class RuleIds
{
    public const string UnrecognizedIngredient = "unrecognized-ingredient";
    public const string EmptyLabel = "empty-label";

    /// <summary>Only key ingredients of a description were given, not the full list (<see cref="Labels.LabelAnalysis.IsIncomplete"/>).</summary>
    public const string IncompleteLabel = "incomplete-label";
    public const string NoWindow = "no-window-for-class";

    public static string Window(string windowId) => "window:" + windowId;
}
