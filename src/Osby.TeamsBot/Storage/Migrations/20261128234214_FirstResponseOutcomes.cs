using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Osby.TeamsBot.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class FirstResponseOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_Mailbox_FirstArrival",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_Responsible_FirstArrival",
                table: "Items");

            migrationBuilder.AddColumn<int>(
                name: "FirstResponse",
                table: "Items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Items_Mailbox_FirstArrival_IsClosed_FirstResponse",
                table: "Items",
                columns: new[] { "Mailbox", "FirstArrival", "IsClosed", "FirstResponse" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Responsible_FirstArrival_IsClosed_FirstResponse",
                table: "Items",
                columns: new[] { "Responsible", "FirstArrival", "IsClosed", "FirstResponse" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_Mailbox_FirstArrival_IsClosed_FirstResponse",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_Responsible_FirstArrival_IsClosed_FirstResponse",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "FirstResponse",
                table: "Items");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Mailbox_FirstArrival",
                table: "Items",
                columns: new[] { "Mailbox", "FirstArrival" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Responsible_FirstArrival",
                table: "Items",
                columns: new[] { "Responsible", "FirstArrival" });
        }
    }
}
