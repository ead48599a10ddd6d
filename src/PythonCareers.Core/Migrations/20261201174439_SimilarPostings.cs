using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class SimilarPostings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_job_postings_live_similar",
                table: "job_postings",
                columns: new[] { "role_profile_id", "level", "published_at", "id" },
                descending: new[] { false, false, true, true },
                filter: "status = 'Published' AND revision_of_id IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "country_code", "expires_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_live_similar",
                table: "job_postings");
        }
    }
}
