using Headless.Domain.Accounts;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Accounts;

public sealed class AccountStaircaseTests
{
    private static TwitterAccount Account(Guid ngoId, string handle, AccountRole role = AccountRole.Local) =>
        StaircaseTree.Account(ngoId, handle, role);

    [Fact]
    public void Moving_under_a_parent_records_the_parent()
    {
        var tree = new StaircaseTree();

        Assert.Equal(tree.Hub.Id, tree.Regional.ParentId);
        Assert.Equal(tree.Regional.Id, tree.Local.ParentId);
        Assert.Equal(tree.Local.Id, tree.Ambassador.ParentId);
    }

    [Fact]
    public void Moving_to_no_parent_makes_the_account_a_root()
    {
        var tree = new StaircaseTree();

        tree.Local.MoveUnder(null, tree.Staircase);

        Assert.Null(tree.Local.ParentId);
    }

    [Fact]
    public void Moving_sideways_to_another_branch_is_allowed()
    {
        var tree = new StaircaseTree();

        tree.Local.MoveUnder(tree.OtherRoot, tree.Staircase);

        Assert.Equal(tree.OtherRoot.Id, tree.Local.ParentId);
    }

    [Fact]
    public void An_account_cannot_be_its_own_parent()
    {
        var tree = new StaircaseTree();

        DomainAssert.Broken(() => tree.Regional.MoveUnder(tree.Regional, tree.Staircase), "parentId", "CYCLE");
        Assert.Equal(tree.Hub.Id, tree.Regional.ParentId);
    }

    [Fact]
    public void An_account_cannot_move_under_its_direct_child()
    {
        var tree = new StaircaseTree();

        DomainAssert.Broken(() => tree.Regional.MoveUnder(tree.Local, tree.Staircase), "parentId", "CYCLE");
        Assert.Equal(tree.Hub.Id, tree.Regional.ParentId);
    }

    [Fact]
    public void The_hub_cannot_move_under_a_deep_descendant()
    {
        var tree = new StaircaseTree();

        DomainAssert.Broken(() => tree.Hub.MoveUnder(tree.Ambassador, tree.Staircase), "parentId", "CYCLE");
        Assert.Null(tree.Hub.ParentId);
    }

    [Fact]
    public void A_parent_of_another_ngo_is_rejected()
    {
        var tree = new StaircaseTree();
        var foreign = Account(Guid.NewGuid(), "CroixRouge", AccountRole.Hub);

        DomainAssert.Broken(() => tree.Local.MoveUnder(foreign, tree.Staircase), "parentId", "PARENT_OF_ANOTHER_NGO");
        Assert.Equal(tree.Regional.Id, tree.Local.ParentId);
    }

    [Fact]
    public void A_staircase_of_another_ngo_cannot_move_accounts()
    {
        var ngoId = Guid.NewGuid();
        var hub = Account(ngoId, "Hub", AccountRole.Hub);
        var local = Account(ngoId, "Local");
        var wrongStaircase = new AccountStaircase(Guid.NewGuid(), [hub, local]);

        DomainAssert.Broken(() => local.MoveUnder(hub, wrongStaircase), "parentId", "PARENT_OF_ANOTHER_NGO");
    }

    [Fact]
    public void The_staircase_only_holds_accounts_of_its_ngo()
    {
        var ngoId = Guid.NewGuid();
        var hub = Account(ngoId, "Hub", AccountRole.Hub);
        var foreign = Account(Guid.NewGuid(), "Foreign", AccountRole.Hub);
        var staircase = new AccountStaircase(ngoId, [hub, foreign]);

        Assert.Equal(ngoId, staircase.NgoId);
        Assert.Same(hub, staircase.RootOf(hub));
        DomainAssert.Broken(() => hub.MoveUnder(foreign, staircase), "parentId", "PARENT_OF_ANOTHER_NGO");
    }

    [Fact]
    public void RootOf_walks_up_to_the_hub()
    {
        var tree = new StaircaseTree();

        Assert.Same(tree.Hub, tree.Staircase.RootOf(tree.Ambassador));
        Assert.Same(tree.Hub, tree.Staircase.RootOf(tree.Local));
        Assert.Same(tree.Hub, tree.Staircase.RootOf(tree.Regional));
    }

    [Fact]
    public void RootOf_a_root_is_the_account_itself()
    {
        var tree = new StaircaseTree();

        Assert.Same(tree.Hub, tree.Staircase.RootOf(tree.Hub));
        Assert.Same(tree.OtherRoot, tree.Staircase.RootOf(tree.OtherRoot));
    }

    [Fact]
    public void RootOf_follows_a_move_to_another_branch()
    {
        var tree = new StaircaseTree();

        tree.Local.MoveUnder(tree.OtherRoot, tree.Staircase);

        Assert.Same(tree.OtherRoot, tree.Staircase.RootOf(tree.Ambassador));
        Assert.Same(tree.Hub, tree.Staircase.RootOf(tree.Regional));
    }

    [Fact]
    public void RootOf_stops_at_the_highest_known_account_when_the_parent_is_missing()
    {
        var ngoId = Guid.NewGuid();
        var hub = Account(ngoId, "Hub", AccountRole.Hub);
        var local = Account(ngoId, "Local");
        local.MoveUnder(hub, new AccountStaircase(ngoId, [hub, local]));
        var partial = new AccountStaircase(ngoId, [local]);

        Assert.Same(local, partial.RootOf(local));
    }

    [Fact]
    public void RootOf_terminates_even_if_stored_parents_loop()
    {
        // A loop can only come from data written outside the rules (an incomplete staircase here); walking it must still end.
        var ngoId = Guid.NewGuid();
        var first = Account(ngoId, "First");
        var second = Account(ngoId, "Second");
        second.MoveUnder(first, new AccountStaircase(ngoId, [first, second]));
        first.MoveUnder(second, new AccountStaircase(ngoId, [first]));
        var full = new AccountStaircase(ngoId, [first, second]);

        var root = full.RootOf(first);

        Assert.Same(second, root);
    }
}
