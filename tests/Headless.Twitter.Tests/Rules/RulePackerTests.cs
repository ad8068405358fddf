using Headless.Twitter.Rules;

namespace Headless.Twitter.Tests.Rules;

public sealed class RulePackerTests
{
    [Fact]
    public void Terms_are_joined_with_OR_into_rules_that_stay_within_the_length_limit()
    {
        var terms = Enumerable.Range(1, 40).Select(i => $"#Cause{i:00}").ToList();

        var rules = RulePacker.Pack(terms, "hashtags", 64);

        Assert.True(rules.Count > 1);
        Assert.All(rules, r => Assert.InRange(r.Value.Length, 1, 64));
        var packedTerms = rules.SelectMany(r => r.Value.Split(" OR ")).ToList();
        Assert.Equal(terms, packedTerms);
    }

    [Fact]
    public void Rules_are_filled_greedily_so_none_could_take_the_next_term()
    {
        var rules = RulePacker.Pack(["#aaaa", "#bbbb", "#cccc", "#dddd"], "t", 20);

        Assert.Equal(["#aaaa OR #bbbb", "#cccc OR #dddd"], rules.Select(r => r.Value));
    }

    [Fact]
    public void Rules_are_tagged_with_the_prefix_and_their_position()
    {
        var rules = RulePacker.Pack(["#one", "#two", "#three"], "campaign:water", 10);

        Assert.Equal(["campaign:water#1", "campaign:water#2", "campaign:water#3"], rules.Select(r => r.Tag));
    }

    [Fact]
    public void Duplicate_and_blank_terms_are_dropped_ignoring_case()
    {
        var rules = RulePacker.Pack(["#Relief", " #relief ", "", "from:UNICEF", "#RELIEF"], "t", 512);

        Assert.Equal("#Relief OR from:UNICEF", Assert.Single(rules).Value);
    }

    [Fact]
    public void Phrases_are_grouped_so_OR_does_not_split_them()
    {
        var rules = RulePacker.Pack(["clean water", "\"school kits\"", "(a OR b)", "#Sahel"], "t", 512);

        Assert.Equal("(clean water) OR \"school kits\" OR (a OR b) OR #Sahel", Assert.Single(rules).Value);
    }

    [Fact]
    public void A_term_longer_than_the_limit_cannot_be_packed()
    {
        var error = Assert.Throws<ArgumentException>(() => RulePacker.Pack(["#short", new string('x', 30)], "t", 20));

        Assert.Contains("20-character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_terms_give_no_rules()
    {
        Assert.Empty(RulePacker.Pack([], "t", 512));
    }
}
