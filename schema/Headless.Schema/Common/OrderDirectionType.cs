using GraphQL.Types;

namespace Headless.Schema.Common;

public sealed class OrderDirectionType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
    }
}
