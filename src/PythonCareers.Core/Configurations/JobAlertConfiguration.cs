using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Alerts;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Core.Configurations;

internal sealed class JobAlertConfiguration : IEntityTypeConfiguration<JobAlert>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<JobAlert> builder)
    {
        builder.ToTable("job_alerts", table => table.HasCheckConstraint("ck_job_alerts_frequency", ConstraintSql.OneOf<AlertFrequency>("frequency")));
        builder.Property(a => a.Email).HasMaxLength(Common.EmailAddress.MaxLength);

        // The search is kept whole, as the search page understands it, so that matching has one definition.
        builder.Property(a => a.Search)
            .HasColumnType("jsonb")
            .HasConversion(
                search => JsonSerializer.Serialize(search, Json),
                json => JsonSerializer.Deserialize<JobSearchCriteria>(json, Json)!);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => a.Email);
        builder.HasIndex(a => a.NextDigestAt).HasFilter("next_digest_at IS NOT NULL");
    }
}
