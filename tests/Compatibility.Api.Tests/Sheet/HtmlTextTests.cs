using Compatibility.Api.Features.Plan.Sheet;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>
/// The sheet's one way of writing text: requests with controls are refused before it, but stored text (admin product
/// names, protocol texts) reaches it unchecked, so it escapes markup and replaces controls itself.
/// </summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Markup_is_escaped_and_controls_become_the_replacement_character() =>
        Assert.Equal("&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#39;s&#39; \uFFFD\uFFFD\uFFFD\tline\nnext", Html.Text("<b>x</b> & \"q\" 's' \u0007\u0000\u0085\tline\rnext"));
}
