namespace Headless.Twitter.Client;

/// <summary>The fields and expansions requested everywhere, so stream and search items have the same shape.</summary>
internal static class XQueryFields
{
    public const string TweetFields =
        "created_at,author_id,lang,conversation_id,in_reply_to_user_id,referenced_tweets,entities,public_metrics,geo";

    public const string Expansions = "author_id,referenced_tweets.id,referenced_tweets.id.author_id";

    public const string UserFields = "username,name";

    public static string TweetQuery =>
        $"tweet.fields={Uri.EscapeDataString(TweetFields)}&expansions={Uri.EscapeDataString(Expansions)}&user.fields={Uri.EscapeDataString(UserFields)}";
}
