using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Osby.TeamsBot.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class DigestIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Items_Mailbox_FirstArrival",
                table: "Items",
                columns: new[] { "Mailbox", "FirstArrival" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Responsible_FirstArrival",
                table: "Items",
                columns: new[] { "Responsible", "FirstArrival" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_Mailbox_FirstArrival",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_Responsible_FirstArrival",
                table: "Items");
        }
    }
}
