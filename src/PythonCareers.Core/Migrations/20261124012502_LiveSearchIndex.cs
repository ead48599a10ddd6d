using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class LiveSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_search_vector",
                table: "job_postings");

            migrationBuilder.DropIndex(
                name: "ix_job_postings_skill_ids",
                table: "job_postings");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_live_search",
                table: "job_postings",
                columns: new[] { "search_vector", "country_code", "workplace", "employment_type", "level", "role_profile_id", "skill_ids" },
                filter: "status = 'Published' AND revision_of_id IS NULL")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_postings_live_search",
                table: "job_postings");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_search_vector",
                table: "job_postings",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_skill_ids",
                table: "job_postings",
                column: "skill_ids")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
