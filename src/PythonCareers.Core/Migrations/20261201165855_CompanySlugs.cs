using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <summary>
    /// A unique slug per company for its page. The database chooses it, so that every way a company is stored (the sign-up
    /// form, the tests' direct inserts) gets one and two inserts at once cannot take the same: the name in kebab case
    /// (accents dropped, at most 70 characters, "company" when nothing is left), then "-2", "-3" ... while it is taken,
    /// under a transaction-scoped advisory lock. Existing companies get theirs the same way, oldest first.
    /// </summary>
    public partial class CompanySlugs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "slug",
                table: "companies",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.Sql("""
                CREATE FUNCTION company_free_slug(company_name text) RETURNS text LANGUAGE plpgsql AS $$
                DECLARE
                    base text := coalesce(nullif(trim(both '-' from left(trim(both '-' from regexp_replace(
                        lower(regexp_replace(normalize(company_name, NFD), '[\u0300-\u036f]', '', 'g')),
                        '[^a-z0-9]+', '-', 'g')), 70)), ''), 'company');
                    candidate text := base;
                    n integer := 1;
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext('companies.slug'));
                    WHILE EXISTS (SELECT 1 FROM companies WHERE slug = candidate) LOOP
                        n := n + 1;
                        candidate := base || '-' || n;
                    END LOOP;
                    RETURN candidate;
                END $$;

                CREATE FUNCTION companies_choose_slug() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.slug := company_free_slug(NEW.name);
                    RETURN NEW;
                END $$;

                DO $$
                DECLARE company record;
                BEGIN
                    FOR company IN SELECT id, name FROM companies ORDER BY id LOOP
                        UPDATE companies SET slug = company_free_slug(company.name) WHERE id = company.id;
                    END LOOP;
                END $$;

                CREATE TRIGGER companies_choose_slug BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION companies_choose_slug();
                """);

            migrationBuilder.AlterColumn<string>(
                name: "slug",
                table: "companies",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_slug",
                table: "companies",
                column: "slug",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_companies_slug",
                table: "companies",
                sql: "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_companies_slug",
                table: "companies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_companies_slug",
                table: "companies");

            migrationBuilder.Sql("""
                DROP TRIGGER companies_choose_slug ON companies;
                DROP FUNCTION companies_choose_slug();
                DROP FUNCTION company_free_slug(text);
                """);

            migrationBuilder.DropColumn(
                name: "slug",
                table: "companies");
        }
    }
}
