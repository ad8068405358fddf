using Headless.Schema.Common;

namespace Headless.Schema.LiveSessions;

public sealed record LiveSessionOrder(LiveSessionOrderField Field, OrderDirection Direction);
