namespace Headless.Twitter.Payloads;

public sealed record XGeo(XPoint? Coordinates, string? PlaceId);
