using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class LivePostingsByRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_job_postings_live_by_role",
                table: "job_postings",
                columns: new[] { "role_profile_id", "published_at", "id" },
                descending: new[] { false, true, true },
                filter: "status = 'Published' AND revision_of_id IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "expires_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_live_by_role",
                table: "job_postings");
        }
    }
}
