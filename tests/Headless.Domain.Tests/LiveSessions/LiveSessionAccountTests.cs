using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.LiveSessions;

public sealed class LiveSessionAccountTests
{
    [Fact]
    public void The_ngo_accounts_are_set_once_each()
    {
        var ngoId = Guid.NewGuid();
        var session = LiveSessionSamples.Create(ngoId);
        var maria = LiveSessionSamples.Reporter(ngoId, "Maria");
        var jun = LiveSessionSamples.Reporter(ngoId, "Jun");

        session.SetAccounts([maria, jun, maria]);

        Assert.Equal([maria.Id, jun.Id], session.Accounts.Select(a => a.AccountId));
        Assert.All(session.Accounts, a => Assert.Equal(session.Id, a.LiveSessionId));
    }

    [Fact]
    public void Setting_accounts_replaces_the_previous_set()
    {
        var ngoId = Guid.NewGuid();
        var session = LiveSessionSamples.Create(ngoId);
        var maria = LiveSessionSamples.Reporter(ngoId, "Maria");
        var jun = LiveSessionSamples.Reporter(ngoId, "Jun");
        var ana = LiveSessionSamples.Reporter(ngoId, "Ana");
        session.SetAccounts([maria, jun]);

        session.SetAccounts([jun, ana]);

        Assert.Equal([jun.Id, ana.Id], session.Accounts.Select(a => a.AccountId));
    }

    [Fact]
    public void Accounts_of_another_ngo_are_rejected_and_nothing_changes()
    {
        var ngoId = Guid.NewGuid();
        var session = LiveSessionSamples.Create(ngoId);
        var maria = LiveSessionSamples.Reporter(ngoId, "Maria");
        var foreign = LiveSessionSamples.Reporter(Guid.NewGuid(), "CroixRouge");
        session.SetAccounts([maria]);

        DomainAssert.Broken(() => session.SetAccounts([maria, foreign]), "accountIds", "ACCOUNT_OF_ANOTHER_NGO");
        Assert.Equal([maria.Id], session.Accounts.Select(a => a.AccountId));
    }

    [Fact]
    public void An_empty_set_removes_every_account()
    {
        var ngoId = Guid.NewGuid();
        var session = LiveSessionSamples.Create(ngoId);
        session.SetAccounts([LiveSessionSamples.Reporter(ngoId, "Maria")]);

        session.SetAccounts([]);

        Assert.Empty(session.Accounts);
    }
}
