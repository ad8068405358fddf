using Headless.Domain.Accounts;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Accounts;

/// <summary>A fresh staircase: @PlanGlobal &gt; @PlanAsia &gt; @PlanManila &gt; @MariaAmbassador, plus a second root @PlanAfrica.</summary>
internal sealed class StaircaseTree
{
    public StaircaseTree()
    {
        Hub = Account(NgoId, "PlanGlobal", AccountRole.Hub);
        Regional = Account(NgoId, "PlanAsia", AccountRole.Regional);
        Local = Account(NgoId, "PlanManila", AccountRole.Local);
        Ambassador = Account(NgoId, "MariaAmbassador", AccountRole.Ambassador);
        OtherRoot = Account(NgoId, "PlanAfrica", AccountRole.Regional);
        Staircase = new AccountStaircase(NgoId, [Hub, Regional, Local, Ambassador, OtherRoot]);
        Regional.MoveUnder(Hub, Staircase);
        Local.MoveUnder(Regional, Staircase);
        Ambassador.MoveUnder(Local, Staircase);
    }

    public Guid NgoId { get; } = Guid.NewGuid();

    public TwitterAccount Hub { get; }

    public TwitterAccount Regional { get; }

    public TwitterAccount Local { get; }

    public TwitterAccount Ambassador { get; }

    public TwitterAccount OtherRoot { get; }

    public AccountStaircase Staircase { get; }

    public static TwitterAccount Account(Guid ngoId, string handle, AccountRole role = AccountRole.Local) =>
        TwitterAccount.Create(ngoId, new AccountDetails(handle, handle, role), Utc.March(1));
}
