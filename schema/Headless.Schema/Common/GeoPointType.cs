using GraphQL.Types;
using Headless.Domain.LiveSessions;

namespace Headless.Schema.Common;

public sealed class GeoPointType : ObjectGraphType<GeoPoint>
{
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "WGS84 coordinates.";
        Field<NonNullGraphType<FloatGraphType>>("latitude").Resolve(c => c.Source.Latitude);
        Field<NonNullGraphType<FloatGraphType>>("longitude").Resolve(c => c.Source.Longitude);
    }
}
