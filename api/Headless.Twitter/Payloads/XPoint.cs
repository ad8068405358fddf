namespace Headless.Twitter.Payloads;

/// <summary>GeoJSON point: <c>coordinates</c> is [longitude, latitude].</summary>
public sealed record XPoint(string Type, IReadOnlyList<double>? Coordinates)
{
    public double? Longitude => Coordinates is { Count: 2 } c ? c[0] : null;

    public double? Latitude => Coordinates is { Count: 2 } c ? c[1] : null;
}
