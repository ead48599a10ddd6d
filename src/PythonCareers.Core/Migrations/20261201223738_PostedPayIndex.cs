using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class PostedPayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "posted_pay_snapshots",
                columns: table => new
                {
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    made_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posted_pay_snapshots", x => x.as_of);
                });

            migrationBuilder.CreateTable(
                name: "posted_pay_figures",
                columns: table => new
                {
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    role_profile_id = table.Column<int>(type: "integer", nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    postings = table.Column<int>(type: "integer", nullable: false),
                    companies = table.Column<int>(type: "integer", nullable: false),
                    lowest = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    p25 = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    median = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    p75 = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    highest = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posted_pay_figures", x => new { x.as_of, x.role_profile_id, x.country_code, x.level, x.kind, x.currency });
                    table.CheckConstraint("ck_posted_pay_figures_country", "country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_posted_pay_figures_counts", "postings > 0 AND companies > 0 AND companies <= postings");
                    table.CheckConstraint("ck_posted_pay_figures_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_posted_pay_figures_kind", "kind IN ('Employed', 'Freelance')");
                    table.CheckConstraint("ck_posted_pay_figures_level", "level IN ('Entry', 'Lead', 'Mid', 'Senior')");
                    table.CheckConstraint("ck_posted_pay_figures_order", "lowest <= p25 AND p25 <= median AND median <= p75 AND p75 <= highest");
                    table.ForeignKey(
                        name: "fk_posted_pay_figures_posted_pay_snapshots_as_of",
                        column: x => x.as_of,
                        principalTable: "posted_pay_snapshots",
                        principalColumn: "as_of",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_posted_pay_figures_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_posted_pay_figures_role_profile_id",
                table: "posted_pay_figures",
                column: "role_profile_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "posted_pay_figures");

            migrationBuilder.DropTable(
                name: "posted_pay_snapshots");
        }
    }
}
