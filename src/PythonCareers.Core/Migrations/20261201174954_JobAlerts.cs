using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class JobAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "unsubscribe",
                table: "outgoing_mails",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "job_alerts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    search = table.Column<string>(type: "jsonb", nullable: false),
                    frequency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    paused_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    digested_through = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    next_digest_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_alerts", x => x.id);
                    table.CheckConstraint("ck_job_alerts_frequency", "frequency IN ('Daily', 'Weekly')");
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_alerts_email",
                table: "job_alerts",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_job_alerts_key",
                table: "job_alerts",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_alerts_next_digest_at",
                table: "job_alerts",
                column: "next_digest_at",
                filter: "next_digest_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_alerts");

            migrationBuilder.DropColumn(
                name: "unsubscribe",
                table: "outgoing_mails");
        }
    }
}
