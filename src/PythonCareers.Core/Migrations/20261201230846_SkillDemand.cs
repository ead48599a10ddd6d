using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class SkillDemand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "skill_demand_weeks",
                columns: table => new
                {
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    postings = table.Column<int>(type: "integer", nullable: false),
                    live_postings = table.Column<int>(type: "integer", nullable: false),
                    counted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skill_demand_weeks", x => new { x.skill_id, x.week_start });
                    table.CheckConstraint("ck_skill_demand_weeks_monday", "extract(isodow FROM week_start) = 1");
                    table.CheckConstraint("ck_skill_demand_weeks_postings", "postings >= 0 AND postings <= live_postings");
                    table.ForeignKey(
                        name: "fk_skill_demand_weeks_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "skill_premiums",
                columns: table => new
                {
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    role_profile_id = table.Column<int>(type: "integer", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    postings_with = table.Column<int>(type: "integer", nullable: false),
                    companies_with = table.Column<int>(type: "integer", nullable: false),
                    median_with = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    postings_without = table.Column<int>(type: "integer", nullable: false),
                    companies_without = table.Column<int>(type: "integer", nullable: false),
                    median_without = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skill_premiums", x => new { x.skill_id, x.role_profile_id, x.currency });
                    table.CheckConstraint("ck_skill_premiums_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_skill_premiums_medians", "median_with > 0 AND median_without > 0");
                    table.CheckConstraint("ck_skill_premiums_sides", "postings_with > 0 AND postings_without > 0 AND companies_with > 0 AND companies_without > 0");
                    table.ForeignKey(
                        name: "fk_skill_premiums_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_skill_premiums_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_skill_premiums_role_profile_id",
                table: "skill_premiums",
                column: "role_profile_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "skill_demand_weeks");

            migrationBuilder.DropTable(
                name: "skill_premiums");
        }
    }
}
