namespace Compatibility.Core.Routines;

/// <summary>Turns a step's "when" into a moment, a day number and a slot, in the procedure's offset.</summary>
public static class RoutineSchedule
{
    /// <summary>Local time a morning step is judged at.</summary>
    public static readonly TimeOnly MorningTime = new(8, 0);

    /// <summary>Local time an evening step is judged at.</summary>
    public static readonly TimeOnly EveningTime = new(20, 0);

    /// <summary>
    /// The step's moment, day and slot. A timestamp keeps its own offset; a day/slot step is placed at
    /// <see cref="MorningTime"/> or <see cref="EveningTime"/> of that day in the procedure's offset. Null when the step names neither.
    /// </summary>
    public static (DateTimeOffset At, int Day, DaySlot Slot)? Resolve(DateTimeOffset performedAt, RoutineStep step)
    {
        var procedureDate = DateOnly.FromDateTime(performedAt.DateTime);
        if (step.At is { } at)
        {
            var local = at.ToOffset(performedAt.Offset);
            var day = DateOnly.FromDateTime(local.DateTime).DayNumber - procedureDate.DayNumber;
            return (at, day, local.Hour < 12 ? DaySlot.Am : DaySlot.Pm);
        }

        if (step.Day is { } n && step.Slot is { } slot)
        {
            var time = slot == DaySlot.Am ? MorningTime : EveningTime;
            var moment = new DateTimeOffset(procedureDate.AddDays(n).ToDateTime(time), performedAt.Offset);
            return (moment, n, slot);
        }

        return null;
    }
}
