using GraphQL.Types;
using Headless.GraphQL.Relay;
using Headless.Schema.Campaigns;
using Headless.Schema.LiveSessions;
using Headless.Schema.Members;
using Headless.Schema.Ngos;

namespace Headless.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeFields();
        this.AddNgoQueries();
        this.AddCampaignQueries();
        this.AddLiveSessionQueries();
        this.AddViewerQueries();
    }
}
