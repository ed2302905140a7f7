using System.Text;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>Numbers the protocol's sources in the order the sheet first cites them, and writes the list at the end.</summary>
public sealed class ReferenceList(Protocol protocol)
{
    private readonly List<string> _cited = [];

    /// <summary>Superscript links (<c>[1][3]</c>) for the sources, numbering new ones; empty when there are none.</summary>
    public string Cite(IEnumerable<string>? sourceIds)
    {
        if (sourceIds is null) return string.Empty;
        var numbers = new SortedSet<int>();
        foreach (var id in sourceIds)
        {
            var index = _cited.IndexOf(id);
            if (index < 0)
            {
                _cited.Add(id);
                index = _cited.Count - 1;
            }

            numbers.Add(index + 1);
        }

        if (numbers.Count == 0) return string.Empty;
        var sb = new StringBuilder("<sup class=\"cite\">");
        foreach (var n in numbers)
        {
            sb.Append("<a href=\"#ref-").Append(n).Append("\">[").Append(n).Append("]</a>");
        }

        return sb.Append("</sup>").ToString();
    }

    public int Count => _cited.Count;

    public void Write(StringBuilder sb)
    {
        sb.Append("<ol class=\"references\">");
        for (var i = 0; i < _cited.Count; i++)
        {
            var source = protocol.Sources.FirstOrDefault(s => s.Id == _cited[i]);
            sb.Append("<li id=\"ref-").Append(i + 1).Append("\">");
            sb.Append(Html.Text(source?.Title ?? _cited[i]));
            if (source?.Kind is { } kind) sb.Append(" <span class=\"detail\">(").Append(Html.Text(kind)).Append(")</span>");
            if (Html.SafeHref(source?.Url) is { } href)
            {
                sb.Append(". <a href=\"").Append(Html.Text(href)).Append("\">").Append(Html.Text(href)).Append("</a>");
            }

            sb.Append("</li>");
        }

        sb.Append("</ol>");
    }
}
