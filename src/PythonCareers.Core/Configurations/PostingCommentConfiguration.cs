using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Core.Configurations;

internal sealed class PostingCommentConfiguration : IEntityTypeConfiguration<PostingComment>
{
    public void Configure(EntityTypeBuilder<PostingComment> builder)
    {
        builder.ToTable("posting_comments");
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.Property(c => c.Body).HasMaxLength(PostingComment.BodyMaxLength);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(c => c.JobPostingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.JobPostingId, c.At });
    }
}
