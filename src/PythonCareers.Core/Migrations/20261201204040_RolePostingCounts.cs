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

            // Each role's published postings, kept by the database itself: statement triggers on every write that makes
            // postings published or not (approval, closing, the expiry's one UPDATE, deletion) or moves a published one to
            // another role (an approved revision), so no write path can get round it. Each statement adds up its changes
            // per role from its transition tables, so a bulk load (a COPY of 100,000) pays once, not per row; a statement
            // that changes no role's figure (a reminder sent, a renewal) touches and locks no counter row. The count as it
            // stands fills it first.
            // The lock holds writers back from the count until the triggers exist (to the end of the migration's transaction),
            // so that no posting written meanwhile by a running instance is missed by both.
            migrationBuilder.Sql("""
                LOCK TABLE job_postings IN SHARE ROW EXCLUSIVE MODE;
                INSERT INTO role_posting_counts (role_profile_id, published)
                SELECT role_profile_id, count(*) FROM job_postings
                WHERE status = 'Published' AND revision_of_id IS NULL
                GROUP BY role_profile_id;

                CREATE FUNCTION count_published_postings() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- Only the transition tables of the firing event exist, so each event has its own branch. A figure only
                    -- lowered is an UPDATE: the check constraint would refuse a negative row proposed by INSERT ... ON CONFLICT.
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO role_posting_counts AS c (role_profile_id, published)
                        SELECT role_profile_id, count(*) FROM new_rows WHERE status = 'Published' AND revision_of_id IS NULL
                        GROUP BY role_profile_id
                        ON CONFLICT (role_profile_id) DO UPDATE SET published = c.published + excluded.published;
                    ELSIF TG_OP = 'DELETE' THEN
                        UPDATE role_posting_counts AS c SET published = c.published - gone.count
                        FROM (SELECT role_profile_id, count(*) FROM old_rows WHERE status = 'Published' AND revision_of_id IS NULL
                              GROUP BY role_profile_id) AS gone
                        WHERE c.role_profile_id = gone.role_profile_id;
                    ELSE
                        WITH changes AS (
                            SELECT role_profile_id, sum(change) AS change FROM (
                                SELECT role_profile_id, 1 AS change FROM new_rows WHERE status = 'Published' AND revision_of_id IS NULL
                                UNION ALL
                                SELECT role_profile_id, -1 FROM old_rows WHERE status = 'Published' AND revision_of_id IS NULL
                            ) AS each_row
                            GROUP BY role_profile_id
                            HAVING sum(change) <> 0
                        ), lowered AS (
                            UPDATE role_posting_counts AS c SET published = c.published + changes.change
                            FROM changes WHERE c.role_profile_id = changes.role_profile_id AND changes.change < 0
                        )
                        INSERT INTO role_posting_counts AS c (role_profile_id, published)
                        SELECT role_profile_id, change FROM changes WHERE change > 0
                        ON CONFLICT (role_profile_id) DO UPDATE SET published = c.published + excluded.published;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER published_postings_inserted AFTER INSERT ON job_postings
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_published_postings();
                CREATE TRIGGER published_postings_updated AFTER UPDATE ON job_postings
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_published_postings();
                CREATE TRIGGER published_postings_deleted AFTER DELETE ON job_postings
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_published_postings();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER published_postings_deleted ON job_postings;
                DROP TRIGGER published_postings_updated ON job_postings;
                DROP TRIGGER published_postings_inserted ON job_postings;
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
