using Headless.Domain.LiveSessions;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.LiveSessions;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    [InlineData(48.8566, 2.3522)]
    public void Coordinates_within_range_are_kept(double latitude, double longitude)
    {
        var point = new GeoPoint(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData(90.0001, 0, "latitude")]
    [InlineData(-90.0001, 0, "latitude")]
    [InlineData(double.NaN, 0, "latitude")]
    [InlineData(double.PositiveInfinity, 0, "latitude")]
    [InlineData(0, 180.0001, "longitude")]
    [InlineData(0, -180.0001, "longitude")]
    [InlineData(0, double.NaN, "longitude")]
    [InlineData(0, double.NegativeInfinity, "longitude")]
    public void Coordinates_out_of_range_are_rejected(double latitude, double longitude, string field)
    {
        DomainAssert.Broken(() => _ = new GeoPoint(latitude, longitude), field, "OUT_OF_RANGE");
    }

    [Fact]
    public void No_coordinates_means_no_point()
    {
        Assert.Null(GeoPoint.From(null, null));
        Assert.Equal(new GeoPoint(1, 2), GeoPoint.From(1, 2));
    }

    [Theory]
    [InlineData(null, 2.35, "latitude")]
    [InlineData(48.85, null, "longitude")]
    public void Latitude_and_longitude_go_together(double? latitude, double? longitude, string missing)
    {
        DomainAssert.Broken(() => GeoPoint.From(latitude, longitude), missing, "REQUIRED");
    }

    [Theory]
    [InlineData(null, 120.98, "latitude", "REQUIRED")]
    [InlineData(14.6, null, "longitude", "REQUIRED")]
    [InlineData(91.0, 120.98, "latitude", "OUT_OF_RANGE")]
    [InlineData(14.6, 181.0, "longitude", "OUT_OF_RANGE")]
    public void A_session_place_follows_the_same_rules(double? latitude, double? longitude, string field, string code)
    {
        DomainAssert.Broken(() => LiveSessionSamples.Create(details: LiveSessionSamples.Details(latitude, longitude)), field, code);
    }
}
