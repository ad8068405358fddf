using GraphQL.Types;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class FamilySchema : Schema
{
    public FamilySchema(IServiceProvider services, FamilyQuery query)
        : base(services)
    {
        Query = query;
    }
}
