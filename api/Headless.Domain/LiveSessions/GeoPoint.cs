using Headless.Domain.Common;

namespace Headless.Domain.LiveSessions;

/// <summary>WGS84 coordinates.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90)
        {
            throw new DomainRuleException("latitude", "OUT_OF_RANGE", "Latitude must be between -90 and 90.");
        }

        if (double.IsNaN(longitude) || longitude is < -180 or > 180)
        {
            throw new DomainRuleException("longitude", "OUT_OF_RANGE", "Longitude must be between -180 and 180.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public static GeoPoint? From(double? latitude, double? longitude) => (latitude, longitude) switch
    {
        (null, null) => null,
        ({ } lat, { } lon) => new GeoPoint(lat, lon),
        (null, _) => throw new DomainRuleException("latitude", "REQUIRED", "Latitude and longitude go together."),
        _ => throw new DomainRuleException("longitude", "REQUIRED", "Latitude and longitude go together."),
    };
}
