using GraphQL.Types;
using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed class GoalTypeType : EnumerationGraphType<GoalType>
{
    public GoalTypeType()
    {
        Name = "GoalType";
    }
}
