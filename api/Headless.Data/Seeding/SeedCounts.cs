namespace Headless.Data.Seeding;

/// <summary>What a seeding run added; all zero on a second run.</summary>
public sealed class SeedCounts
{
    public int Ngos { get; set; }

    public int Accounts { get; set; }

    public int Campaigns { get; set; }

    public int Tiers { get; set; }

    public int Donations { get; set; }

    public int LiveSessions { get; set; }

    public int Tweets { get; set; }

    public int TotalAdded => Ngos + Accounts + Campaigns + Tiers + Donations + LiveSessions + Tweets;

    public void Add(SeedCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Ngos += other.Ngos;
        Accounts += other.Accounts;
        Campaigns += other.Campaigns;
        Tiers += other.Tiers;
        Donations += other.Donations;
        LiveSessions += other.LiveSessions;
        Tweets += other.Tweets;
    }

    public override string ToString() =>
        $"{Ngos} NGOs, {Accounts} accounts, {Campaigns} campaigns, {Tiers} tiers, {Donations} donations, {LiveSessions} live sessions, {Tweets} tweets";
}
