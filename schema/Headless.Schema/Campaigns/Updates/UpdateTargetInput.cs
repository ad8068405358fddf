namespace Headless.Schema.Campaigns.Updates;

/// <summary>The input of a change that needs nothing but the progress update it targets.</summary>
public sealed record UpdateTargetInput(string UpdateId);
