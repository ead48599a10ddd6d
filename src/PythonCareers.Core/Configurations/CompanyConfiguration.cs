using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies", table => table.HasCheckConstraint("ck_companies_slug", ConstraintSql.Slug("slug")));
        builder.Property(c => c.Name).HasMaxLength(Company.NameMaxLength);
        builder.Property(c => c.Website).HasMaxLength(Company.WebsiteMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Company.DescriptionMaxLength);

        // The database's trigger chooses the slug on insert (see Company.Slug): EF sends none while it is empty and reads back the chosen one.
        builder.Property(c => c.Slug).HasMaxLength(Slug.MaxLength).ValueGeneratedOnAdd().HasSentinel("");
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}

internal sealed class CareerUserConfiguration : IEntityTypeConfiguration<CareerUser>
{
    public void Configure(EntityTypeBuilder<CareerUser> builder) =>
        builder.HasOne(u => u.Company).WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Restrict);
}
