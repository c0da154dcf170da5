package org.civicplan.validation.internal;

import static org.civicplan.core.model.ApprovalLevel.CENTRAL;
import static org.civicplan.core.model.ApprovalLevel.COMMITTEE_CHAIR;
import static org.civicplan.core.model.ApprovalLevel.DEPARTMENT;
import static org.civicplan.core.model.ApprovalLevel.DISTRICT;
import static org.civicplan.core.model.ApprovalLevel.PARTY_COMMITTEE;
import static org.civicplan.core.model.ApprovalLevel.PEOPLES_COMMITTEE;
import static org.civicplan.core.model.ApprovalLevel.PEOPLES_COUNCIL;
import static org.civicplan.core.model.ApprovalLevel.STEERING_COMMITTEE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemKind;

/**
 * Which approval levels fit which kind of item (rõ thẩm quyền).
 *
 * <table>
 *   <caption>Acceptable approval levels</caption>
 *   <tr><th>Kind</th><th>Levels</th></tr>
 *   <tr><td>Scheme (đề án)</td><td>City People's Committee or its Chair, Party Committee, People's Council</td></tr>
 *   <tr><td>Project, public investment, group A</td><td>People's Council (investment policy,
 *       Public Investment Law 2019 art. 17), or a central authority for nationally important projects</td></tr>
 *   <tr><td>Project, public investment, group B/C or group unknown</td><td>People's Council or
 *       People's Committee (the Council may delegate group B/C policy decisions)</td></tr>
 *   <tr><td>Project, not public investment</td><td>People's Committee or its Chair, a department, a
 *       district, the steering committee</td></tr>
 *   <tr><td>Program (chương trình)</td><td>Party Committee, People's Council, People's Committee or its Chair</td></tr>
 *   <tr><td>Plan (kế hoạch)</td><td>Party Committee, People's Committee or its Chair, steering
 *       committee, a department, a district</td></tr>
 *   <tr><td>Task (nhiệm vụ)</td><td>any level</td></tr>
 * </table>
 */
public final class AuthorityTable {
    private static final Map<ItemKind, Set<ApprovalLevel>> BY_KIND = Map.of(
            ItemKind.SCHEME, EnumSet.of(PEOPLES_COMMITTEE, COMMITTEE_CHAIR, PARTY_COMMITTEE, PEOPLES_COUNCIL),
            ItemKind.PROJECT, EnumSet.of(PEOPLES_COMMITTEE, COMMITTEE_CHAIR, DEPARTMENT, DISTRICT, STEERING_COMMITTEE),
            ItemKind.PROGRAM, EnumSet.of(PARTY_COMMITTEE, PEOPLES_COUNCIL, PEOPLES_COMMITTEE, COMMITTEE_CHAIR),
            ItemKind.PLAN,
                    EnumSet.of(
                            PARTY_COMMITTEE,
                            PEOPLES_COMMITTEE,
                            COMMITTEE_CHAIR,
                            STEERING_COMMITTEE,
                            DEPARTMENT,
                            DISTRICT),
            ItemKind.TASK, EnumSet.allOf(ApprovalLevel.class));

    private static final Set<ApprovalLevel> INVESTMENT_GROUP_A = EnumSet.of(PEOPLES_COUNCIL, CENTRAL);
    private static final Set<ApprovalLevel> INVESTMENT = EnumSet.of(PEOPLES_COUNCIL, PEOPLES_COMMITTEE);

    private AuthorityTable() {}

    /** The levels that may approve {@code item}. */
    public static Set<ApprovalLevel> allowed(Item item) {
        if (item.kind() == ItemKind.PROJECT && item.publicInvestment().isPresent()) {
            boolean groupA = item.publicInvestment()
                    .flatMap(p -> p.projectGroup())
                    .map(g -> g.strip().equalsIgnoreCase("A"))
                    .orElse(false);
            return groupA ? INVESTMENT_GROUP_A : INVESTMENT;
        }
        return BY_KIND.get(item.kind());
    }
}
