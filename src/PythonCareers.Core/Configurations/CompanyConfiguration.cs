using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Core.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies");
        builder.Property(c => c.Name).HasMaxLength(Company.NameMaxLength);
        builder.Property(c => c.Website).HasMaxLength(Company.WebsiteMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Company.DescriptionMaxLength);
    }
}

internal sealed class CareerUserConfiguration : IEntityTypeConfiguration<CareerUser>
{
    public void Configure(EntityTypeBuilder<CareerUser> builder) =>
        builder.HasOne(u => u.Company).WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Restrict);
}
