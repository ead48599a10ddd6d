using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class ConfirmedSalaryWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "confirmed_salary_warnings",
                table: "job_postings",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddCheckConstraint(
                name: "ck_job_postings_confirmed_salary_warnings",
                table: "job_postings",
                sql: "confirmed_salary_warnings <@ ARRAY['FarAbovePostings', 'FarBelowPostings', 'LooksHourly', 'LooksMonthly', 'WideRange']::text[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_job_postings_confirmed_salary_warnings",
                table: "job_postings");

            migrationBuilder.DropColumn(
                name: "confirmed_salary_warnings",
                table: "job_postings");
        }
    }
}
