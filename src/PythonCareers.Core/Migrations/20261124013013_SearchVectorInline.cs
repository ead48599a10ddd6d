using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PythonCareers.Core.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Relevance ranks up to 1,000 matches with ts_rank, which reads each search vector. A vector (about 1.3 kB, barely
            // compressible) was moved out to the TOAST table, costing a TOAST lookup per ranked posting: about 10 ms of the
            // 13 ms a page of 813 matches took. MAIN keeps it in the row and moves the description out instead, which only a
            // posting's own page reads. Rows written before this keep their old layout until they are next updated.
            migrationBuilder.Sql("ALTER TABLE job_postings ALTER COLUMN search_vector SET STORAGE MAIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE job_postings ALTER COLUMN search_vector SET STORAGE EXTENDED");
        }
    }
}
