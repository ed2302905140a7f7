using Compatibility.Core.Protocols;
using Compatibility.Core.Tests.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Protocols;

/// <summary>
/// docs/aftercare-protocol.md gives every shipped number with its range and sources: the tables between its markers must
/// equal what <see cref="ProtocolTables"/> renders from the embedded protocols. Regenerate with
/// <c>UPDATE_PROTOCOL_DOC=1 dotnet test tests/Compatibility.Core.Tests --filter ProtocolDoc</c>.
/// </summary>
public sealed class ProtocolDocTests
{
    [Fact]
    public void The_protocol_page_gives_every_shipped_number_with_its_range_and_sources()
    {
        var all = EmbeddedProtocols.LoadAll();
        var standard = all.Single(p => p.Id == EmbeddedProtocols.StandardId);
        var tables = ProtocolTables.Render(standard, all.Where(p => p.Id != standard.Id).ToList());
        var path = Repository.PathTo("docs", "aftercare-protocol.md");
        var page = File.ReadAllText(path);
        var begin = page.IndexOf(ProtocolTables.Begin, StringComparison.Ordinal);
        var end = page.IndexOf(ProtocolTables.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/aftercare-protocol.md has no protocol-tables markers");
        var generated = page[..(begin + ProtocolTables.Begin.Length)] + "\n\n" + tables + "\n" + page[end..];
        if (Environment.GetEnvironmentVariable("UPDATE_PROTOCOL_DOC") == "1")
        {
            File.WriteAllText(path, generated);
            page = generated;
        }

        Assert.True(page == generated, "docs/aftercare-protocol.md is stale: run UPDATE_PROTOCOL_DOC=1 dotnet test tests/Compatibility.Core.Tests --filter ProtocolDoc");
        // Every window and advice id of every shipped protocol is on the page.
        foreach (var protocol in all)
        {
            Assert.All(protocol.Windows, w => Assert.Contains($"`{w.Id}`", page, StringComparison.Ordinal));
            Assert.All(protocol.Preparation?.Windows ?? [], w => Assert.Contains($"`{w.Id}`", page, StringComparison.Ordinal));
            Assert.All(protocol.Preparation?.Advice ?? [], a => Assert.Contains($"`{a.Id}`", page, StringComparison.Ordinal));
        }
    }
}
