using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Configurations;

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    /// <summary>
    /// Yearly equivalents for comparing salaries (<see cref="SalaryNames.PerYear"/>), in the order the stored columns were
    /// first computed in, so the SQL stays the same.
    /// </summary>
    public static readonly string YearlyFactorSql =
        $"CASE salary_period {string.Join(" ", new[] { PayPeriod.Year, PayPeriod.Month, PayPeriod.Day, PayPeriod.Hour }.Select(p => $"WHEN '{p}' THEN {p.PerYear().ToString("0", CultureInfo.InvariantCulture)}"))} END";

    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.ToTable("job_postings", table =>
        {
            table.HasCheckConstraint("ck_job_postings_status", ConstraintSql.OneOf<PostingStatus>("status"));
            table.HasCheckConstraint(
                "ck_job_postings_confirmed_salary_warnings",
                $"confirmed_salary_warnings <@ ARRAY[{string.Join(", ", Enum.GetNames<SalaryWarning>().Order(StringComparer.Ordinal).Select(name => $"'{name}'"))}]::text[]");
            table.HasCheckConstraint("ck_job_postings_employment_type", ConstraintSql.OneOf<EmploymentType>("employment_type"));
            table.HasCheckConstraint("ck_job_postings_level", ConstraintSql.OneOf<JobLevel>("level"));
            table.HasCheckConstraint("ck_job_postings_workplace", ConstraintSql.OneOf<Workplace>("workplace"));
            table.HasCheckConstraint("ck_job_postings_salary_period", ConstraintSql.OneOf<PayPeriod>("salary_period"));
            table.HasCheckConstraint("ck_job_postings_salary", "salary_min > 0 AND salary_min <= salary_max");
            table.HasCheckConstraint("ck_job_postings_currency", $"currency ~ '{IsoCodes.CurrencySqlPattern}'");
            table.HasCheckConstraint("ck_job_postings_country", $"country_code ~ '{IsoCodes.CountrySqlPattern}'");
            table.HasCheckConstraint("ck_job_postings_how_to_apply", "apply_url IS NOT NULL OR apply_email IS NOT NULL");
            table.HasCheckConstraint("ck_job_postings_remote_countries", "workplace <> 'Remote' OR cardinality(remote_countries) > 0");
            table.HasCheckConstraint("ck_job_postings_published", "status NOT IN ('Published', 'Expired', 'Filled') OR (published_at IS NOT NULL AND expires_at IS NOT NULL)");
        });

        builder.Property(p => p.RecruiterId).HasMaxLength(450);
        builder.HasOne(p => p.Recruiter).WithMany().HasForeignKey(p => p.RecruiterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Company).WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.RoleProfile).WithMany().HasForeignKey(p => p.RoleProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(p => p.RevisionOfId).OnDelete(DeleteBehavior.Cascade);

        // At most one pending revision per live posting, even when two edits race.
        builder.HasIndex(p => p.RevisionOfId).IsUnique().HasFilter("revision_of_id IS NOT NULL");

        builder.Property(p => p.CompanyName).HasMaxLength(Accounts.Company.NameMaxLength);
        builder.Property(p => p.Title).HasMaxLength(JobPosting.TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(p => p.RoleTitle).HasMaxLength(Roles.RoleProfile.TitleMaxLength);
        builder.Property(p => p.City).HasMaxLength(JobPosting.CityMaxLength);
        builder.Property(p => p.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Description).HasMaxLength(JobPosting.DescriptionMaxLength);
        builder.Property(p => p.ApplyUrl).HasMaxLength(JobPosting.ApplyUrlMaxLength);
        builder.Property(p => p.ApplyEmail).HasMaxLength(JobPosting.ApplyEmailMaxLength);
        builder.Property(p => p.RejectionReason).HasMaxLength(JobPosting.ReasonMaxLength);
        builder.Ignore(p => p.IsRevision);
        builder.Ignore(p => p.CanEditFreely);

        // Empty for the postings stored before warnings were recorded, and for bulk loads that do not name the column.
        builder.Property(p => p.ConfirmedSalaryWarnings).HasDefaultValueSql("'{}'::text[]");
        builder.Property(p => p.SalaryMinYearly).HasComputedColumnSql($"salary_min * ({YearlyFactorSql})", stored: true);
        builder.Property(p => p.SalaryMaxYearly).HasComputedColumnSql($"salary_max * ({YearlyFactorSql})", stored: true);

        // Title and role weigh most, then skills and company, then the description. Kept in the row rather than in TOAST,
        // so that ranking does not look each one up (STORAGE MAIN: migration JobSearchIndex, EF does not model it).
        builder.Property(p => p.SearchVector).HasComputedColumnSql(
            "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', role_title), 'A') || " +
            "setweight(to_tsvector('english', skill_names), 'B') || setweight(to_tsvector('english', company_name), 'B') || " +
            "setweight(to_tsvector('english', description), 'C')",
            stored: true);

        // Job search reads only published originals, by words and facets together: one GIN over the search vector and every
        // facet column (btree_gin lends the scalar columns GIN operator classes), so the index ANDs them before the table is read.
        builder.HasIndex(p => new { p.SearchVector, p.CountryCode, p.Workplace, p.EmploymentType, p.Level, p.RoleProfileId, p.SkillIds })
            .HasDatabaseName("ix_job_postings_live_search")
            .HasMethod("GIN")
            .HasFilter("status = 'Published' AND revision_of_id IS NULL");

        builder.HasIndex(p => new { p.Status, p.PublishedAt, p.Id }).IsDescending(false, true, true);
        builder.HasIndex(p => new { p.RecruiterId, p.UpdatedAt });

        // A role's live postings, newest first: the role page's newest few read only this index (the closing time is in
        // it), instead of every posting of the role.
        builder.HasIndex(p => new { p.RoleProfileId, p.PublishedAt, p.Id })
            .HasDatabaseName("ix_job_postings_live_by_role")
            .IsDescending(false, true, true)
            .IncludeProperties(p => p.ExpiresAt)
            .HasFilter("status = 'Published' AND revision_of_id IS NULL");

        // Similar jobs (SimilarPostings): a role's live postings at one level, newest first, with the country and closing time
        // in the index, so each of its branches reads a few entries in order and only its rows from the table.
        builder.HasIndex(p => new { p.RoleProfileId, p.Level, p.PublishedAt, p.Id })
            .HasDatabaseName("ix_job_postings_live_similar")
            .IsDescending(false, false, true, true)
            .IncludeProperties(p => new { p.CountryCode, p.ExpiresAt })
            .HasFilter("status = 'Published' AND revision_of_id IS NULL");

        // Where a posting's offer sits among its peers (PostedPayIndex.PlaceAsync): the role's published postings in one
        // currency by country, level and publication, with all the query reads (the id too), so each scope it compares in
        // is an index-only range scan of the window's entries: its country and level, its country, or (the whole role and
        // currency, filtered) its level.
        builder.HasIndex(p => new { p.RoleProfileId, p.Currency, p.CountryCode, p.Level, p.PublishedAt })
            .HasDatabaseName("ix_job_postings_published_pay")
            .IncludeProperties(p => new { p.EmploymentType, p.CompanyId, p.Status, p.SalaryMinYearly, p.SalaryMaxYearly, p.Id })
            .HasFilter("revision_of_id IS NULL AND published_at IS NOT NULL");

        // A role's published postings by closing time: the role page's open count (OpenPostingCounts) takes those past their
        // closing time off the figure the database keeps, and this finds them, usually none, in a range scan.
        builder.HasIndex(p => new { p.RoleProfileId, p.ExpiresAt })
            .HasDatabaseName("ix_job_postings_published_by_closing")
            .HasFilter("status = 'Published' AND revision_of_id IS NULL");

        // The foreign key keeps an index of its own over every posting: the partial one above holds only the live ones.
        builder.HasIndex(p => p.RoleProfileId);
        builder.HasIndex(p => new { p.Status, p.SubmittedAt });

        builder.Property(p => p.Version).IsRowVersion();
    }
}
