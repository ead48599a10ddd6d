using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class MailOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outgoing_mails",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recipient = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    queued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    gave_up_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outgoing_mails", x => x.id);
                    table.CheckConstraint("ck_outgoing_mails_attempts", "attempts >= 0");
                    table.CheckConstraint("ck_outgoing_mails_one_state", "(due_at IS NOT NULL)::int + (sent_at IS NOT NULL)::int + (gave_up_at IS NOT NULL)::int = 1");
                });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_mails_due_at",
                table: "outgoing_mails",
                column: "due_at",
                filter: "due_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_mails_gave_up_at",
                table: "outgoing_mails",
                column: "gave_up_at",
                filter: "gave_up_at IS NOT NULL");

            // Every instance's outbox sender listens on this channel; PostgreSQL delivers the notice when the transaction
            // that queued the mail commits, and never for one that rolls back.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_outgoing_mail() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('outgoing_mail', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER outgoing_mail_queued AFTER INSERT ON outgoing_mails FOR EACH STATEMENT EXECUTE FUNCTION notify_outgoing_mail();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outgoing_mails");
            migrationBuilder.Sql("DROP FUNCTION notify_outgoing_mail();");
        }
    }
}
