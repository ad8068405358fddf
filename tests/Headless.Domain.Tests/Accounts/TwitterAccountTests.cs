using Headless.Domain.Accounts;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Accounts;

public sealed class TwitterAccountTests
{
    [Fact]
    public void Create_normalises_the_handle_and_keeps_a_lower_case_key()
    {
        var ngoId = Guid.NewGuid();

        var account = TwitterAccount.Create(ngoId, new AccountDetails("@PlanAsia", " Plan Asia ", AccountRole.Regional, " Asia ", " 123456 "), Utc.March(1));

        Assert.Equal(ngoId, account.NgoId);
        Assert.Equal("PlanAsia", account.Handle);
        Assert.Equal("planasia", account.HandleKey);
        Assert.Equal("Plan Asia", account.DisplayName);
        Assert.Equal(AccountRole.Regional, account.Role);
        Assert.Equal("Asia", account.Region);
        Assert.Equal("123456", account.XUserId);
        Assert.Null(account.ParentId);
        Assert.Equal(Utc.March(1), account.CreatedAt);
    }

    [Fact]
    public void A_blank_x_user_id_means_not_resolved_yet()
    {
        var account = TwitterAccount.Create(Guid.NewGuid(), new AccountDetails("PlanAsia", "Plan Asia", AccountRole.Regional, XUserId: " "), Utc.March(1));

        Assert.Null(account.XUserId);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12a4")]
    [InlineData("123456789012345678901")]
    [InlineData("-1")]
    public void An_x_user_id_is_up_to_20_digits(string xUserId)
    {
        var account = TwitterAccount.Create(Guid.NewGuid(), new AccountDetails("PlanAsia", "Plan Asia", AccountRole.Regional), Utc.March(1));

        DomainAssert.Broken(() => account.ResolveXUserId(xUserId), "xUserId", "INVALID_X_USER_ID");
        Assert.Null(account.XUserId);
    }

    [Fact]
    public void Resolving_the_x_user_id_stores_it()
    {
        var account = TwitterAccount.Create(Guid.NewGuid(), new AccountDetails("PlanAsia", "Plan Asia", AccountRole.Regional), Utc.March(1));

        account.ResolveXUserId("12345678901234567890");

        Assert.Equal("12345678901234567890", account.XUserId);
    }

    [Theory]
    [InlineData("bad handle", "Plan", "handle", "INVALID_HANDLE")]
    [InlineData("PlanAsia", " ", "displayName", "REQUIRED")]
    public void Create_names_the_field_that_breaks_a_rule(string handle, string displayName, string field, string code)
    {
        DomainAssert.Broken(
            () => TwitterAccount.Create(Guid.NewGuid(), new AccountDetails(handle, displayName, AccountRole.Local), Utc.March(1)),
            field,
            code);
    }

    [Fact]
    public void A_region_is_limited_to_100_characters()
    {
        DomainAssert.Broken(
            () => TwitterAccount.Create(Guid.NewGuid(), new AccountDetails("PlanAsia", "Plan Asia", AccountRole.Regional, new string('r', 101)), Utc.March(1)),
            "region",
            "TOO_LONG");
    }

    [Theory]
    [InlineData("bad x user id", "xUserId", "INVALID_X_USER_ID")]
    [InlineData("long region", "region", "TOO_LONG")]
    [InlineData("blank display name", "displayName", "REQUIRED")]
    public void A_refused_update_leaves_the_account_as_it_was(string brokenRule, string field, string code)
    {
        var account = TwitterAccount.Create(Guid.NewGuid(), new AccountDetails("PlanAsia", "Plan Asia", AccountRole.Regional, "Asia", "123"), Utc.March(1));
        var changed = new AccountDetails("PlanWestAfrica", "Plan West Africa", AccountRole.Hub, "West Africa", "456");
        var details = brokenRule switch
        {
            "bad x user id" => changed with { XUserId = "not-digits" },
            "long region" => changed with { Region = new string('r', 101) },
            _ => changed with { DisplayName = " " },
        };

        DomainAssert.Broken(() => account.Update(details), field, code);

        Assert.Equal("PlanAsia", account.Handle);
        Assert.Equal("planasia", account.HandleKey);
        Assert.Equal("Plan Asia", account.DisplayName);
        Assert.Equal(AccountRole.Regional, account.Role);
        Assert.Equal("Asia", account.Region);
        Assert.Equal("123", account.XUserId);
    }
}
