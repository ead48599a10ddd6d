using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries", table => table.HasCheckConstraint("ck_audit_entries_action", ConstraintSql.OneOf<AuditAction>("action")));
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.NameMaxLength);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        builder.HasIndex(a => a.At).IsDescending();
    }
}

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

internal sealed class RoleSlugRedirectConfiguration : IEntityTypeConfiguration<RoleSlugRedirect>
{
    public void Configure(EntityTypeBuilder<RoleSlugRedirect> builder)
    {
        builder.ToTable("role_slug_redirects", table => table.HasCheckConstraint("ck_role_slug_redirects_old_slug", ConstraintSql.Slug("old_slug")));
        builder.Property(r => r.OldSlug).HasMaxLength(Common.Slug.MaxLength);
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.HasOne<RoleProfile>().WithMany().HasForeignKey(r => r.RoleProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
