using Headless.Twitter.Payloads;
using Headless.Twitter.Tests.Support;

namespace Headless.Twitter.Tests.Payloads;

public sealed class StreamLineParsingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\r")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_blank_line_is_a_keep_alive(string? line)
    {
        var parsed = XJson.ParseStreamLine(line);

        Assert.Equal(XStreamLineKind.KeepAlive, parsed.Kind);
        Assert.Null(parsed.Message);
    }

    [Fact]
    public void A_tweet_line_carries_the_tweet_its_author_and_matching_rules()
    {
        var parsed = XJson.ParseStreamLine(TestTweets.Line(TestTweets.Id(7), "Clinic reopened #Relief"));

        Assert.Equal(XStreamLineKind.Tweet, parsed.Kind);
        Assert.Equal(TestTweets.Id(7), parsed.Message!.Data!.Id);
        Assert.Equal("Clinic reopened #Relief", parsed.Message.Data.Text);
        Assert.Equal("field_office", parsed.Message.FindUser(parsed.Message.Data.AuthorId)!.Username);
        Assert.Equal("field", Assert.Single(parsed.Message.MatchingRules!).Tag);
    }

    [Fact]
    public void An_errors_only_message_is_an_error_notice_not_a_tweet()
    {
        var parsed = XJson.ParseStreamLine(TestTweets.ErrorsLine("operational-disconnect"));

        Assert.Equal(XStreamLineKind.Errors, parsed.Kind);
        Assert.Equal("operational-disconnect", Assert.Single(parsed.Message!.Errors!).Title);
    }

    [Theory]
    [InlineData("{\"data\":{\"id\":\"1\",\"te")]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"data\":{\"id\":\"\",\"text\":\"no id\"}}")]
    public void Broken_truncated_or_tweetless_lines_are_malformed(string line)
    {
        var parsed = XJson.ParseStreamLine(line);

        Assert.Equal(XStreamLineKind.Malformed, parsed.Kind);
        Assert.Null(parsed.Message);
    }
}
