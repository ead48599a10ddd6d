using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class PlacePeersByCountryAndLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_published_pay",
                table: "job_postings");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_published_pay",
                table: "job_postings",
                columns: new[] { "role_profile_id", "currency", "country_code", "level", "published_at" },
                filter: "revision_of_id IS NULL AND published_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "employment_type", "company_id", "status", "salary_min_yearly", "salary_max_yearly", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_published_pay",
                table: "job_postings");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_published_pay",
                table: "job_postings",
                columns: new[] { "role_profile_id", "currency", "published_at" },
                filter: "revision_of_id IS NULL AND published_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "country_code", "level", "employment_type", "company_id", "status", "salary_min_yearly", "salary_max_yearly" });
        }
    }
}
