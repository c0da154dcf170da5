package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.text.VisibleText;

/**
 * What every {@link AuditSink} checks before it appends, so that the trail cannot be written
 * backwards or in nobody's name through the API (issue 19: a back-dated entry by an unknown unit
 * was accepted):
 *
 * <ul>
 *   <li>time does not go back: an entry is not earlier than the last one in the trail (equal is
 *       fine: a fixed clock, two writes in one instant);
 *   <li>a real actor: the unit is one the store's directory knows, and the user name has visible
 *       text (not a zero-width space).
 * </ul>
 *
 * A sink calls {@link #check} under the lock or transaction it appends under, with the time of its
 * last entry (including entries staged in the same transaction).
 */
public final class AuditAppendCheck {
    private AuditAppendCheck() {}

    /** Whether a unit exists in the store's directory. */
    @FunctionalInterface
    public interface KnownUnits {
        boolean contains(UnitCode unit);
    }

    /** Throws {@link InvalidInputException} when the entry may not follow {@code lastAt}. */
    public static void check(AuditEntry entry, Optional<Instant> lastAt, KnownUnits units) {
        requireNonNull(entry, "entry is null");
        requireNonNull(lastAt, "lastAt is null");
        requireNonNull(units, "units is null");
        if (lastAt.isPresent() && entry.at().isBefore(lastAt.get())) {
            throw new InvalidInputException(Message.of(
                    "Nhật ký: mục \"" + entry.action() + "\" (" + entry.entityType() + " " + entry.entityId()
                            + ") ghi lúc " + entry.at() + ", sớm hơn mục cuối (" + lastAt.get()
                            + "); nhật ký chỉ ghi tiếp theo thời gian, kiểm tra đồng hồ hệ thống",
                    "Audit trail: entry \"" + entry.action() + "\" (" + entry.entityType() + " " + entry.entityId()
                            + ") is dated " + entry.at() + ", before the last entry (" + lastAt.get()
                            + "); the trail only moves forward in time: check the system clock"));
        }
        if (!VisibleText.hasText(entry.actor().user())) {
            throw new InvalidInputException(Message.of(
                    "Nhật ký: người thực hiện của đơn vị " + entry.actor().unit()
                            + " không có tên đọc được; hãy ghi tên người dùng",
                    "Audit trail: the acting user of unit " + entry.actor().unit()
                            + " has no readable name; give the user name"));
        }
        if (!units.contains(entry.actor().unit())) {
            throw new InvalidInputException(Message.of(
                    "Nhật ký: đơn vị thực hiện \"" + entry.actor().unit()
                            + "\" không có trong danh mục đơn vị; thêm đơn vị vào danh mục trước",
                    "Audit trail: the acting unit \"" + entry.actor().unit()
                            + "\" is not in the unit directory; add it to the directory first"));
        }
    }
}
