using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Compatibility.Api.Features.Plan;

/// <summary>
/// Content negotiation for <c>POST /api/v1/plan</c>. Only media types named outright count (a bare <c>*/*</c> keeps
/// JSON, so existing clients never change); the highest quality wins, and on a tie the calendar or the sheet beats
/// JSON because a client only names them when it wants them.
/// </summary>
public static class PlanFormats
{
    public const string Calendar = "text/calendar";
    public const string Html = "text/html";

    public static PlanFormat Choose(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return PlanFormat.Json;
        }

        double Quality(string type) => accepted
            .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();

        var json = Quality("application/json");
        var calendar = Quality(Calendar);
        var html = Quality(Html);
        if (calendar > 0 && calendar >= json && calendar >= html) return PlanFormat.Calendar;
        if (html > 0 && html >= json) return PlanFormat.Html;
        return PlanFormat.Json;
    }
}
