using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class RolePostingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "role_posting_counts",
                columns: table => new
                {
                    role_profile_id = table.Column<int>(type: "integer", nullable: false),
                    published = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_posting_counts", x => x.role_profile_id);
                    table.CheckConstraint("ck_role_posting_counts_published", "published >= 0");
                    table.ForeignKey(
                        name: "fk_role_posting_counts_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_published_by_closing",
                table: "job_postings",
                columns: new[] { "role_profile_id", "expires_at" },
                filter: "status = 'Published' AND revision_of_id IS NULL");

            // Each role's published postings, kept by the database itself: a row trigger on every write that makes a posting
            // published or not (approval, closing, expiry, deletion) or moves a published one to another role (an approved
            // revision), so no write path can get round it. Other updates (a reminder sent, a renewal) leave the figure alone
            // and take no lock on it. The count as it stands fills it first.
            migrationBuilder.Sql("""
                INSERT INTO role_posting_counts (role_profile_id, published)
                SELECT role_profile_id, count(*) FROM job_postings
                WHERE status = 'Published' AND revision_of_id IS NULL
                GROUP BY role_profile_id;

                CREATE FUNCTION count_published_postings() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' AND OLD.status = 'Published' AND OLD.revision_of_id IS NULL THEN
                        UPDATE role_posting_counts SET published = published - 1 WHERE role_profile_id = OLD.role_profile_id;
                    END IF;
                    IF TG_OP <> 'DELETE' AND NEW.status = 'Published' AND NEW.revision_of_id IS NULL THEN
                        INSERT INTO role_posting_counts AS c (role_profile_id, published) VALUES (NEW.role_profile_id, 1)
                        ON CONFLICT (role_profile_id) DO UPDATE SET published = c.published + 1;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER published_postings_counted AFTER INSERT OR DELETE ON job_postings
                    FOR EACH ROW EXECUTE FUNCTION count_published_postings();
                CREATE TRIGGER published_postings_recounted AFTER UPDATE ON job_postings
                    FOR EACH ROW
                    WHEN ((OLD.status = 'Published' AND OLD.revision_of_id IS NULL) IS DISTINCT FROM (NEW.status = 'Published' AND NEW.revision_of_id IS NULL)
                        OR OLD.role_profile_id <> NEW.role_profile_id)
                    EXECUTE FUNCTION count_published_postings();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER published_postings_recounted ON job_postings;
                DROP TRIGGER published_postings_counted ON job_postings;
                DROP FUNCTION count_published_postings();
                """);

            migrationBuilder.DropTable(
                name: "role_posting_counts");

            migrationBuilder.DropIndex(
                name: "ix_job_postings_published_by_closing",
                table: "job_postings");
        }
    }
}
