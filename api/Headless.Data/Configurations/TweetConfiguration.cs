using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.LiveSessions;
using Headless.Domain.Tweets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class TweetConfiguration :
    IEntityTypeConfiguration<Tweet>,
    IEntityTypeConfiguration<CampaignTweet>,
    IEntityTypeConfiguration<LiveSessionTweet>
{
    public void Configure(EntityTypeBuilder<Tweet> builder)
    {
        builder.ToTable("Tweets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.XId).HasMaxLength(32);
        builder.HasIndex(t => t.XId).IsUnique();
        builder.Property(t => t.AuthorXId).HasMaxLength(32);
        builder.Property(t => t.AuthorHandle).HasMaxLength(50);
        builder.Property(t => t.AuthorName).HasMaxLength(100);
        builder.Property(t => t.Text).HasMaxLength(4000);
        builder.Property(t => t.Language).HasMaxLength(16);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ReferencedTweetXId).HasMaxLength(32);
        builder.Property(t => t.ReferencedAuthorXId).HasMaxLength(32);
        builder.Property(t => t.ConversationXId).HasMaxLength(32);
        builder.PrimitiveCollection(t => t.Hashtags);
        builder.PrimitiveCollection(t => t.Mentions);
        builder.ComplexProperty(t => t.Metrics, m =>
        {
            m.Property(x => x.RetweetCount).HasColumnName("RetweetCount");
            m.Property(x => x.ReplyCount).HasColumnName("ReplyCount");
            m.Property(x => x.LikeCount).HasColumnName("LikeCount");
            m.Property(x => x.QuoteCount).HasColumnName("QuoteCount");
            m.Property(x => x.ImpressionCount).HasColumnName("ImpressionCount");
        });
        builder.HasIndex(t => new { t.AuthorXId, t.CreatedAt });
        builder.HasIndex(t => t.ReferencedTweetXId);
        builder.HasIndex(t => new { t.AccountId, t.CreatedAt });
        builder.HasOne<TwitterAccount>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<CampaignTweet> builder)
    {
        builder.ToTable("CampaignTweets");
        builder.HasKey(t => new { t.CampaignId, t.TweetId });
        builder.HasIndex(t => new { t.CampaignId, t.TweetCreatedAt });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tweet>().WithMany().HasForeignKey(t => t.TweetId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LiveSessionTweet> builder)
    {
        builder.ToTable("LiveSessionTweets");
        builder.HasKey(t => new { t.LiveSessionId, t.TweetId });
        builder.HasIndex(t => new { t.LiveSessionId, t.TweetCreatedAt });
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(t => t.LiveSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tweet>().WithMany().HasForeignKey(t => t.TweetId).OnDelete(DeleteBehavior.Cascade);
    }
}
