namespace Compatibility.Core.Routines;

/// <summary>Turns a step's "when" into a moment, a day number and a slot, in the procedure's offset.</summary>
public static class RoutineSchedule
{
    /// <summary>Local time a morning step is judged at.</summary>
    public static readonly TimeOnly MorningTime = new(8, 0);

    /// <summary>Local time an evening step is judged at.</summary>
    public static readonly TimeOnly EveningTime = new(20, 0);

    /// <summary>
    /// False when the step's moment cannot be represented in the procedure's offset (a timestamp at the edge of the calendar,
    /// or a day number far outside it); <see cref="Resolve"/> would overflow. Found by fuzzing (docs/performance.md).
    /// </summary>
    public static bool IsInRange(DateTimeOffset performedAt, RoutineStep step)
    {
        var offsetTicks = performedAt.Offset.Ticks;
        if (step.At is { } at)
        {
            var localTicks = at.UtcTicks + offsetTicks;
            return localTicks >= DateTime.MinValue.Ticks && localTicks <= DateTime.MaxValue.Ticks;
        }

        if (step.Day is { } n)
        {
            var dayNumber = (long)DateOnly.FromDateTime(performedAt.DateTime).DayNumber + n;
            if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
            {
                return false;
            }

            // The local moment (at most 20:00 that day) minus the offset must also be a valid UTC moment.
            var utcTicks = dayNumber * TimeSpan.TicksPerDay + EveningTime.Ticks - offsetTicks;
            var utcTicksMorning = dayNumber * TimeSpan.TicksPerDay + MorningTime.Ticks - offsetTicks;
            return Math.Min(utcTicks, utcTicksMorning) >= DateTime.MinValue.Ticks && Math.Max(utcTicks, utcTicksMorning) <= DateTime.MaxValue.Ticks;
        }

        return true;
    }

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
