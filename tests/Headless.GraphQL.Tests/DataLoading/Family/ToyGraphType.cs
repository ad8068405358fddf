using GraphQL.Types;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class ToyGraphType : ObjectGraphType<Toy>
{
    public ToyGraphType()
    {
        Name = "Toy";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
    }
}
