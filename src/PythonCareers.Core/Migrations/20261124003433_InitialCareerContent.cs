using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class InitialCareerContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    as_of_precision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_sources", x => x.id);
                    table.CheckConstraint("ck_data_sources_as_of_not_future", "as_of <= CURRENT_DATE");
                    table.CheckConstraint("ck_data_sources_as_of_precision", "as_of_precision IN ('Day', 'Month')");
                    table.CheckConstraint("ck_data_sources_key", "key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "skills",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills", x => x.id);
                    table.CheckConstraint("ck_skills_category", "category IN ('Apis', 'CloudPlatforms', 'CorePython', 'DataLibraries', 'Databases', 'DevOps', 'FrontEnd', 'SoftSkills', 'Testing', 'VersionControl', 'WebFrameworks')");
                    table.CheckConstraint("ck_skills_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "career_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    python_use = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_career_areas", x => x.id);
                    table.CheckConstraint("ck_career_areas_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_career_areas_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "market_figures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    open_positions = table.Column<int>(type: "integer", nullable: false),
                    is_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_market_figures", x => x.id);
                    table.CheckConstraint("ck_market_figures_country", "country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_market_figures_level", "level IN ('AllLevels', 'Entry', 'Mid', 'Senior')");
                    table.CheckConstraint("ck_market_figures_open_positions", "open_positions > 0");
                    table.ForeignKey(
                        name: "fk_market_figures_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "python_facts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_python_facts", x => x.id);
                    table.CheckConstraint("ck_python_facts_position", "position > 0");
                    table.ForeignKey(
                        name: "fk_python_facts_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_profiles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    background_and_education = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_profiles", x => x.id);
                    table.CheckConstraint("ck_role_profiles_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_role_profiles_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shared_activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shared_activities", x => x.id);
                    table.CheckConstraint("ck_shared_activities_position", "position > 0");
                    table.ForeignKey(
                        name: "fk_shared_activities_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "related_roles",
                columns: table => new
                {
                    related_role_id = table.Column<int>(type: "integer", nullable: false),
                    role_profile_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_related_roles", x => new { x.related_role_id, x.role_profile_id });
                    table.ForeignKey(
                        name: "fk_related_roles_role_profiles_related_role_id",
                        column: x => x.related_role_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_related_roles_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_areas",
                columns: table => new
                {
                    areas_id = table.Column<int>(type: "integer", nullable: false),
                    roles_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_areas", x => new { x.areas_id, x.roles_id });
                    table.ForeignKey(
                        name: "fk_role_areas_career_areas_areas_id",
                        column: x => x.areas_id,
                        principalTable: "career_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_role_areas_role_profiles_roles_id",
                        column: x => x.roles_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_responsibilities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_profile_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_responsibilities", x => x.id);
                    table.CheckConstraint("ck_role_responsibilities_position", "position > 0");
                    table.ForeignKey(
                        name: "fk_role_responsibilities_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_skills",
                columns: table => new
                {
                    roles_id = table.Column<int>(type: "integer", nullable: false),
                    skills_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_skills", x => new { x.roles_id, x.skills_id });
                    table.ForeignKey(
                        name: "fk_role_skills_role_profiles_roles_id",
                        column: x => x.roles_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_role_skills_skills_skills_id",
                        column: x => x.skills_id,
                        principalTable: "skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "salary_figures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_profile_id = table.Column<int>(type: "integer", nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    minimum = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    average = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    maximum = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    derivation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_salary_figures", x => x.id);
                    table.CheckConstraint("ck_salary_figures_country", "country_code IS NULL OR country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_salary_figures_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_salary_figures_has_amount", "num_nonnulls(minimum, average, maximum) > 0");
                    table.CheckConstraint("ck_salary_figures_kind", "kind IN ('Employed', 'Freelance')");
                    table.CheckConstraint("ck_salary_figures_level", "level IN ('AllLevels', 'Entry', 'Mid', 'Senior')");
                    table.CheckConstraint("ck_salary_figures_order", "minimum <= average AND average <= maximum AND minimum <= maximum");
                    table.CheckConstraint("ck_salary_figures_period", "period IN ('Day', 'Hour', 'Year')");
                    table.CheckConstraint("ck_salary_figures_positive", "minimum > 0 AND average > 0 AND maximum > 0");
                    table.ForeignKey(
                        name: "fk_salary_figures_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_salary_figures_role_profiles_role_profile_id",
                        column: x => x.role_profile_id,
                        principalTable: "role_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_career_areas_data_source_id",
                table: "career_areas",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_career_areas_slug",
                table: "career_areas",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_data_sources_key",
                table: "data_sources",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_market_figures_country_code_level_data_source_id",
                table: "market_figures",
                columns: new[] { "country_code", "level", "data_source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_market_figures_data_source_id",
                table: "market_figures",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_python_facts_data_source_id",
                table: "python_facts",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_python_facts_position",
                table: "python_facts",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_related_roles_role_profile_id",
                table: "related_roles",
                column: "role_profile_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_areas_roles_id",
                table: "role_areas",
                column: "roles_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_profiles_data_source_id",
                table: "role_profiles",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_profiles_slug",
                table: "role_profiles",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_responsibilities_role_profile_id_position",
                table: "role_responsibilities",
                columns: new[] { "role_profile_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_skills_skills_id",
                table: "role_skills",
                column: "skills_id");

            migrationBuilder.CreateIndex(
                name: "ix_salary_figures_data_source_id",
                table: "salary_figures",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_salary_figures_role_profile_id_country_code_kind_level_peri",
                table: "salary_figures",
                columns: new[] { "role_profile_id", "country_code", "kind", "level", "period", "data_source_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_shared_activities_data_source_id",
                table: "shared_activities",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_shared_activities_position",
                table: "shared_activities",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_skills_slug",
                table: "skills",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "market_figures");

            migrationBuilder.DropTable(
                name: "python_facts");

            migrationBuilder.DropTable(
                name: "related_roles");

            migrationBuilder.DropTable(
                name: "role_areas");

            migrationBuilder.DropTable(
                name: "role_responsibilities");

            migrationBuilder.DropTable(
                name: "role_skills");

            migrationBuilder.DropTable(
                name: "salary_figures");

            migrationBuilder.DropTable(
                name: "shared_activities");

            migrationBuilder.DropTable(
                name: "career_areas");

            migrationBuilder.DropTable(
                name: "skills");

            migrationBuilder.DropTable(
                name: "role_profiles");

            migrationBuilder.DropTable(
                name: "data_sources");
        }
    }
}
