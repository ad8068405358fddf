namespace Headless.Domain.Campaigns;

/// <summary>The third-party platform that collects donations; Headless only records their results.</summary>
public enum DonationPlatform
{
    Website,
    Paypal,
    Kisskissbankbank,
    Kickstarter,
    Helloasso,
    Other,
}
