using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Routines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Routines;

/// <summary><c>POST /api/v1/routines/check</c>: a clinic's aftercare routine, step by step, with same-slot conflicts and the next session.</summary>
public sealed class RoutineCheckHandler(AftercareRequests requests, RoutineChecker checker)
{
    public async Task<Results<Ok<RoutineResult>, AftercareProblem>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await requests.ReadAsync(request, ApiJsonContext.Default.RoutineCheckRequest, cancellationToken);
        if (!read.TryGetInput(out var input, out var unreadable))
        {
            return unreadable;
        }

        var steps = ReadSteps(input.Steps, read.Errors);
        var nextSessionAt = Timestamps.Parse("nextSessionAt", input.NextSessionAt, read.Errors, required: false);
        if (read.Problem() is { } problem)
        {
            return problem;
        }

        var routine = new RoutineInput(read.Procedure!, read.Protocol!, read.Products, steps, nextSessionAt);
        var routineErrors = RoutineChecker.Validate(routine);
        if (routineErrors.Count > 0)
        {
            return new AftercareProblem(Problems.Validation(new Dictionary<string, string[]>(routineErrors)));
        }

        return TypedResults.Ok(RoutineResult.From(checker.Check(routine)));
    }

    private static List<RoutineStep> ReadSteps(IReadOnlyList<RoutineStepInput?>? steps, ValidationErrors errors)
    {
        var result = new List<RoutineStep>();
        if (steps is null || steps.Count == 0)
        {
            errors.Add("steps", "Required: at least one step.");
            return result;
        }

        if (steps.Count > ApiLimits.MaxRoutineSteps)
        {
            errors.Add("steps", $"At most {ApiLimits.MaxRoutineSteps} steps per routine.");
            return result;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var field = $"steps[{i}]";
            var step = steps[i];
            if (step is null)
            {
                errors.Add(field, "Must be an object: { product, at } or { product, day, slot }.");
                continue;
            }

            errors.RequireText($"{field}.product", step.Product, ApiLimits.MaxRefLength);
            var at = Timestamps.Parse($"{field}.at", step.At, errors, required: false);
            if (step.Day is < 0 or > 365)
            {
                errors.Add($"{field}.day", "Must be a day number from 0 (the procedure's day) to 365.");
            }

            DaySlot? slot = step.Slot switch
            {
                null => null,
                "am" or "AM" => DaySlot.Am,
                "pm" or "PM" => DaySlot.Pm,
                _ => null,
            };
            if (step.Slot is not null && slot is null)
            {
                errors.Add($"{field}.slot", "Must be 'am' or 'pm'.");
            }

            result.Add(new RoutineStep(step.Product, at, step.Day, slot));
        }

        return result;
    }
}
