using GraphQL.Types;
using Headless.Schema.Accounts;
using Headless.Schema.ApiClients;
using Headless.Schema.Campaigns;
using Headless.Schema.Campaigns.Expenses;
using Headless.Schema.Campaigns.Updates;
using Headless.Schema.Donations;
using Headless.Schema.LiveSessions;
using Headless.Schema.Members;
using Headless.Schema.Ngos;
using Headless.Schema.Tiers;

namespace Headless.Schema;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddCampaignMutations();
        this.AddTierMutations();
        this.AddDonationMutations();
        this.AddProgressUpdateMutations();
        this.AddExpenseMutations();
        this.AddNgoMutations();
        this.AddMemberMutations();
        this.AddAccountMutations();
        this.AddLiveSessionMutations();
        this.AddApiClientMutations();
    }
}
