using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Osby.TeamsBot.Storage.Migrations
{
    /// <inheritdoc />
    internal partial class InitialItemsAndPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", nullable: false),
                    TeamsUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", nullable: false),
                    ReferenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "Items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstArrival = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginalSender = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    SenderCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Mailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    InformationValue = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalMessageId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastActivity = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    TeamsUserId = table.Column<string>(type: "TEXT", nullable: false),
                    TeamsUserIdKey = table.Column<string>(type: "TEXT", nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    AadObjectIdKey = table.Column<string>(type: "TEXT", nullable: true),
                    Upn = table.Column<string>(type: "TEXT", nullable: true),
                    UpnKey = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    EmailKey = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", nullable: true),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.TeamsUserId);
                });

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Audit_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItemEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Forwarder = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PromisedBy = table.Column<long>(type: "INTEGER", nullable: true),
                    SuggestedRecipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemEntries_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItemParties",
                columns: table => new
                {
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemParties", x => new { x.ItemId, x.Party, x.Kind });
                    table.ForeignKey(
                        name: "FK_ItemParties_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentCards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentCards_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_ItemId",
                table: "Audit",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TeamsUserId",
                table: "Conversations",
                column: "TeamsUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemEntries_ItemId_Sequence",
                table: "ItemEntries",
                columns: new[] { "ItemId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemParties_Party",
                table: "ItemParties",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_Items_ExternalMessageId",
                table: "Items",
                column: "ExternalMessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Items_IsClosed_LastActivity",
                table: "Items",
                columns: new[] { "IsClosed", "LastActivity" });

            migrationBuilder.CreateIndex(
                name: "IX_People_AadObjectIdKey",
                table: "People",
                column: "AadObjectIdKey");

            migrationBuilder.CreateIndex(
                name: "IX_People_EmailKey",
                table: "People",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_People_TeamsUserIdKey",
                table: "People",
                column: "TeamsUserIdKey");

            migrationBuilder.CreateIndex(
                name: "IX_People_UpnKey",
                table: "People",
                column: "UpnKey");

            migrationBuilder.CreateIndex(
                name: "IX_SentCards_ConversationId_ActivityId",
                table: "SentCards",
                columns: new[] { "ConversationId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentCards_ItemId",
                table: "SentCards",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "ItemEntries");

            migrationBuilder.DropTable(
                name: "ItemParties");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "SentCards");

            migrationBuilder.DropTable(
                name: "Items");
        }
    }
}
