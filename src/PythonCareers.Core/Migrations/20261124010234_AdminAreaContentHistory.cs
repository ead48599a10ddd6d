using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class AdminAreaContentHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_salary_figures_role_profile_id_country_code_kind_level_peri",
                table: "salary_figures");

            migrationBuilder.DropIndex(
                name: "ix_market_figures_country_code_level_data_source_id",
                table: "market_figures");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "skills",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateOnly>(
                name: "as_of",
                table: "salary_figures",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateTime>(
                name: "retired_at",
                table: "salary_figures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "salary_figures",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<bool>(
                name: "is_published",
                table: "role_profiles",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "role_profiles",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateOnly>(
                name: "as_of",
                table: "market_figures",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Existing figures apply to the date their source gives.
            migrationBuilder.Sql("UPDATE salary_figures f SET as_of = s.as_of FROM data_sources s WHERE s.id = f.data_source_id;");
            migrationBuilder.Sql("UPDATE market_figures f SET as_of = s.as_of FROM data_sources s WHERE s.id = f.data_source_id;");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "market_figures",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "data_sources",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "career_areas",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                    table.CheckConstraint("ck_audit_entries_action", "action IN ('Approved', 'Commented', 'Created', 'Deleted', 'Imported', 'Locked', 'Published', 'Rejected', 'Retired', 'RoleGranted', 'RoleRevoked', 'Unlocked', 'Unpublished', 'Updated')");
                });

            migrationBuilder.CreateTable(
                name: "posting_comments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_posting_id = table.Column<int>(type: "integer", nullable: false),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    author_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    by_editor = table.Column<bool>(type: "boolean", nullable: false),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posting_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_posting_comments_job_postings_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_postings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_slug_redirects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    old_slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    role_profile_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_slug_redirects", x => x.id);
                    table.CheckConstraint("ck_role_slug_redirects_old_slug", "old_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_role_slug_redirects_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_salary_figures_role_profile_id_country_code_kind_level_peri",
                table: "salary_figures",
                columns: new[] { "role_profile_id", "country_code", "kind", "level", "period", "data_source_id", "as_of" },
                unique: true,
                filter: "retired_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.AddCheckConstraint(
                name: "ck_salary_figures_as_of_not_future",
                table: "salary_figures",
                sql: "as_of <= CURRENT_DATE");

            migrationBuilder.CreateIndex(
                name: "ix_market_figures_country_code_level_data_source_id_as_of",
                table: "market_figures",
                columns: new[] { "country_code", "level", "data_source_id", "as_of" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_at",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_posting_comments_job_posting_id_at",
                table: "posting_comments",
                columns: new[] { "job_posting_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_role_slug_redirects_old_slug",
                table: "role_slug_redirects",
                column: "old_slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_slug_redirects_role_profile_id",
                table: "role_slug_redirects",
                column: "role_profile_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "posting_comments");

            migrationBuilder.DropTable(
                name: "role_slug_redirects");

            migrationBuilder.DropIndex(
                name: "ix_salary_figures_role_profile_id_country_code_kind_level_peri",
                table: "salary_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_salary_figures_as_of_not_future",
                table: "salary_figures");

            migrationBuilder.DropIndex(
                name: "ix_market_figures_country_code_level_data_source_id_as_of",
                table: "market_figures");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "skills");

            migrationBuilder.DropColumn(
                name: "as_of",
                table: "salary_figures");

            migrationBuilder.DropColumn(
                name: "retired_at",
                table: "salary_figures");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "salary_figures");

            migrationBuilder.DropColumn(
                name: "is_published",
                table: "role_profiles");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "role_profiles");

            migrationBuilder.DropColumn(
                name: "as_of",
                table: "market_figures");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "market_figures");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "data_sources");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "career_areas");

            migrationBuilder.CreateIndex(
                name: "ix_salary_figures_role_profile_id_country_code_kind_level_peri",
                table: "salary_figures",
                columns: new[] { "role_profile_id", "country_code", "kind", "level", "period", "data_source_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_market_figures_country_code_level_data_source_id",
                table: "market_figures",
                columns: new[] { "country_code", "level", "data_source_id" },
                unique: true);
        }
    }
}
