namespace Headless.Schema.Ngos;

public sealed record NgoFilter(string? Search, string? Country);
