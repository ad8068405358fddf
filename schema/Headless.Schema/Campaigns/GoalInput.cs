using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed record GoalInput(GoalType Type, decimal? Amount, int? Donors, string Currency);
