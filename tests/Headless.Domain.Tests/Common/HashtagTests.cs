using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Common;

public sealed class HashtagTests
{
    [Theory]
    [InlineData("#PerfectGift", "PerfectGift", "perfectgift")]
    [InlineData(" #PerfectGift ", "PerfectGift", "perfectgift")]
    [InlineData("jan25", "jan25", "jan25")]
    [InlineData("##Japan", "Japan", "japan")]
    [InlineData("Éducation", "Éducation", "éducation")]
    [InlineData("日本", "日本", "日本")]
    [InlineData("red_cross", "red_cross", "red_cross")]
    [InlineData("_2025", "_2025", "_2025")]
    [InlineData("Cafe\u0301", "Cafe\u0301", "cafe\u0301")]
    public void A_hashtag_is_stored_without_hash_and_keyed_in_lower_case(string input, string text, string key)
    {
        var tag = Hashtag.Parse(input);

        Assert.Equal(text, tag.Text);
        Assert.Equal(key, tag.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("#")]
    [InlineData("###")]
    [InlineData("123")]
    [InlineData("#2025")]
    [InlineData("perfect-gift")]
    [InlineData("two words")]
    [InlineData("gift!")]
    [InlineData("a#b")]
    public void An_invalid_hashtag_is_rejected(string? input)
    {
        DomainAssert.Broken(() => Hashtag.Parse(input), "hashtags", "INVALID_HASHTAG");
    }

    [Fact]
    public void A_hashtag_may_have_exactly_the_maximum_length()
    {
        var text = new string('a', Hashtag.MaxLength);

        Assert.Equal(text, Hashtag.Parse("#" + text).Text);
    }

    [Fact]
    public void A_hashtag_longer_than_the_maximum_is_rejected()
    {
        DomainAssert.Broken(() => Hashtag.Parse(new string('a', Hashtag.MaxLength + 1)), "hashtags", "INVALID_HASHTAG");
    }

    [Fact]
    public void The_error_names_the_field_it_was_given()
    {
        DomainAssert.Broken(() => Hashtag.Parse("no way", "filter.hashtag"), "filter.hashtag", "INVALID_HASHTAG");
    }

    [Fact]
    public void ToString_puts_the_hash_back()
    {
        Assert.Equal("#PerfectGift", Hashtag.Parse("PerfectGift").ToString());
    }

    [Theory]
    [InlineData("#JAN25", "jan25")]
    [InlineData("PerfectGift", "perfectgift")]
    public void NormalizeKey_gives_the_comparison_key(string input, string expected)
    {
        Assert.Equal(expected, Hashtag.NormalizeKey(input));
    }

    [Fact]
    public void ParseMany_removes_duplicates_case_insensitively_keeping_the_first_spelling()
    {
        var tags = Hashtag.ParseMany(["#PerfectGift", "perfectgift", "#PERFECTGIFT", "Japan", "#japan"]);

        Assert.Equal(["PerfectGift", "Japan"], tags.Select(t => t.Text));
        Assert.Equal(["perfectgift", "japan"], tags.Select(t => t.Key));
    }

    [Fact]
    public void ParseMany_requires_at_least_one_tag()
    {
        DomainAssert.Broken(() => Hashtag.ParseMany([]), "hashtags", "REQUIRED");
        DomainAssert.Broken(() => Hashtag.ParseMany(null), "hashtags", "REQUIRED");
    }

    [Fact]
    public void ParseMany_rejects_the_whole_list_when_one_tag_is_invalid()
    {
        DomainAssert.Broken(() => Hashtag.ParseMany(["ok", "not ok"], "tags"), "tags", "INVALID_HASHTAG");
    }
}
