using GraphQL.Types;
using Headless.Domain.Members;

namespace Headless.Schema.Members;

public sealed class MemberRoleType : EnumerationGraphType<MemberRole>
{
    public MemberRoleType()
    {
        Name = "MemberRole";
        Description = "A role in an NGO, from least to most powerful; each role can do what the ones below it can.";
    }
}
