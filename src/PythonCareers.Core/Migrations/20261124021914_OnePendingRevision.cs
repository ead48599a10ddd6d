using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class OnePendingRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_revision_of_id",
                table: "job_postings");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_revision_of_id",
                table: "job_postings",
                column: "revision_of_id",
                unique: true,
                filter: "revision_of_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_revision_of_id",
                table: "job_postings");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_revision_of_id",
                table: "job_postings",
                column: "revision_of_id");
        }
    }
}
