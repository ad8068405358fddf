using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Common;

public sealed class GuardTests
{
    [Fact]
    public void Required_trims_and_returns_the_value()
    {
        Assert.Equal("Plan", Guard.Required("  Plan ", "name", 10));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_rejects_blank_values(string? value)
    {
        DomainAssert.Broken(() => Guard.Required(value, "name", 10), "name", "REQUIRED");
    }

    [Fact]
    public void Length_limits_count_the_trimmed_value()
    {
        Assert.Equal("abc", Guard.Required(" abc ", "name", 3));
        DomainAssert.Broken(() => Guard.Required("abcd", "name", 3), "name", "TOO_LONG");
        DomainAssert.Broken(() => Guard.Optional("abcd", "summary", 3), "summary", "TOO_LONG");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Optional_turns_blank_into_null(string? value)
    {
        Assert.Null(Guard.Optional(value, "summary", 10));
    }

    [Theory]
    [InlineData("https://plan-international.org/donate", "https://plan-international.org/donate")]
    [InlineData("http://example.org", "http://example.org/")]
    [InlineData(" https://example.org/a?b=c ", "https://example.org/a?b=c")]
    public void Urls_must_be_absolute_http_or_https(string input, string expected)
    {
        Assert.Equal(expected, Guard.OptionalUrl(input, "website"));
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("www.example.org")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public void Other_urls_are_rejected(string input)
    {
        DomainAssert.Broken(() => Guard.OptionalUrl(input, "website"), "website", "INVALID_URL");
    }

    [Fact]
    public void A_required_url_cannot_be_blank()
    {
        DomainAssert.Broken(() => Guard.RequiredUrl(" ", "url"), "url", "REQUIRED");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("plan-international")]
    [InlineData("red-cross-2025")]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens(string slug)
    {
        Assert.Equal(slug, Guard.Slug(slug, "slug"));
    }

    [Theory]
    [InlineData("a", "INVALID_SLUG")]
    [InlineData("Plan", "INVALID_SLUG")]
    [InlineData("plan--intl", "INVALID_SLUG")]
    [InlineData("-plan", "INVALID_SLUG")]
    [InlineData("plan-", "INVALID_SLUG")]
    [InlineData("plan intl", "INVALID_SLUG")]
    [InlineData("plan_intl", "INVALID_SLUG")]
    [InlineData("", "REQUIRED")]
    public void Bad_slugs_are_rejected(string slug, string code)
    {
        DomainAssert.Broken(() => Guard.Slug(slug, "slug"), "slug", code);
    }

    [Fact]
    public void A_slug_may_have_64_characters_but_not_65()
    {
        Assert.Equal(64, Guard.Slug(new string('a', 64), "slug").Length);
        DomainAssert.Broken(() => Guard.Slug(new string('a', 65), "slug"), "slug", "TOO_LONG");
    }

    [Fact]
    public void Local_times_are_refused_and_unspecified_times_are_taken_as_utc()
    {
        DomainAssert.Broken(() => Guard.Utc(Utc.LocalTime(), "startsAt"), "startsAt", "NOT_UTC");

        var taken = Guard.Utc(Utc.Unspecified(), "startsAt");

        Assert.Equal(DateTimeKind.Utc, taken.Kind);
        Assert.Equal(Utc.Unspecified().Ticks, taken.Ticks);
    }

    [Fact]
    public void A_window_must_end_strictly_after_it_starts()
    {
        Guard.Window(Utc.March(1), Utc.March(1).AddTicks(1), "endsAt");
        DomainAssert.Broken(() => Guard.Window(Utc.March(1), Utc.March(1), "endsAt"), "endsAt", "INVALID_WINDOW");
        DomainAssert.Broken(() => Guard.Window(Utc.March(2), Utc.March(1), "endsAt"), "endsAt", "INVALID_WINDOW");
    }
}
