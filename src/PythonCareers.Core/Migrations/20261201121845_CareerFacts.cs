using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class CareerFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "career_facts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    data_source_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_career_facts", x => x.id);
                    table.CheckConstraint("ck_career_facts_kind", "kind IN ('SharedActivity', 'WhyPython')");
                    table.CheckConstraint("ck_career_facts_position", "position > 0");
                    table.ForeignKey(
                        name: "fk_career_facts_data_sources_data_source_id",
                        column: x => x.data_source_id,
                        principalTable: "data_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_career_facts_data_source_id",
                table: "career_facts",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_career_facts_kind_position",
                table: "career_facts",
                columns: new[] { "kind", "position" },
                unique: true);

            migrationBuilder.Sql("""
                INSERT INTO career_facts (kind, position, text, data_source_id)
                SELECT 'WhyPython', position, text, data_source_id FROM python_facts ORDER BY id;
                INSERT INTO career_facts (kind, position, text, data_source_id)
                SELECT 'SharedActivity', position, text, data_source_id FROM shared_activities ORDER BY id;
                """);

            migrationBuilder.DropTable(
                name: "python_facts");

            migrationBuilder.DropTable(
                name: "shared_activities");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "python_facts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    data_source_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
                name: "shared_activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    data_source_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
                name: "ix_shared_activities_data_source_id",
                table: "shared_activities",
                column: "data_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_shared_activities_position",
                table: "shared_activities",
                column: "position",
                unique: true);

            migrationBuilder.Sql("""
                INSERT INTO python_facts (position, text, data_source_id)
                SELECT position, text, data_source_id FROM career_facts WHERE kind = 'WhyPython' ORDER BY id;
                INSERT INTO shared_activities (position, text, data_source_id)
                SELECT position, text, data_source_id FROM career_facts WHERE kind = 'SharedActivity' ORDER BY id;
                """);

            migrationBuilder.DropTable(
                name: "career_facts");
        }
    }
}
