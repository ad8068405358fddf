using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class ChildGraphType : ObjectGraphType<Child>
{
    public ChildGraphType()
    {
        Name = "Child";
        Field<NonNullGraphType<IntGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ToyGraphType>>>>("toys")
            .Resolve(context => context.RequestServices!.GetRequiredService<ToyLoader>().LoadAsync(context.Source.Id));
    }
}
