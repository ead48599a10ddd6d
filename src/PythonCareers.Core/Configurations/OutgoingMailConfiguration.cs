using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PythonCareers.Core.Mail;

namespace PythonCareers.Core.Configurations;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("outgoing_mails", table =>
        {
            table.HasCheckConstraint("ck_outgoing_mails_one_state", "(due_at IS NOT NULL)::int + (sent_at IS NOT NULL)::int + (gave_up_at IS NOT NULL)::int = 1");
            table.HasCheckConstraint("ck_outgoing_mails_attempts", "attempts >= 0");
        });
        builder.Property(m => m.Recipient).HasMaxLength(OutgoingMail.RecipientMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutgoingMail.SubjectMaxLength);
        builder.Property(m => m.Body).HasMaxLength(OutgoingMail.BodyMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutgoingMail.ErrorMaxLength);
        builder.Property(m => m.Unsubscribe).HasMaxLength(2000);

        // The sender's one question, "what is due?", reads only the mail still waiting.
        builder.HasIndex(m => m.DueAt).HasFilter("due_at IS NOT NULL");
        builder.HasIndex(m => m.GaveUpAt).HasFilter("gave_up_at IS NOT NULL");
    }
}
