package org.civicplan.validation.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.text.VietnameseText;

/**
 * When a plan's lead units owe a plan of their own (issue 17): only where the program or the plan
 * asks for them ("các sở, ban, ngành, quận, huyện xây dựng kế hoạch cụ thể"), and only of executive
 * bodies under the issuer (a department or district of the People's Committee that issued the plan),
 * never of a legislature, a party body, a company or a central body the issuer does not direct.
 */
final class Cascades {
    private static final Set<UnitKind> EXECUTIVE = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.COMMUNE);

    /** "xây dựng kế hoạch (cụ thể|thực hiện|triển khai)", "ban hành kế hoạch": the text asks for unit plans. */
    private static final Pattern ASKS = Pattern.compile(
            "\\b(xay dung|ban hanh|lap)( va ban hanh)? (ke hoach|chuong trinh hanh dong)( cu the| thuc hien| trien khai| cua)");

    private Cascades() {}

    /** True when the plan or its program asks its units for plans of their own. */
    static boolean required(Plan plan, CheckContext context) {
        StringBuilder text = new StringBuilder();
        plan.sections().organisation().ifPresent(t -> text.append(t).append('\n'));
        plan.sections().content().ifPresent(t -> text.append(t).append('\n'));
        Optional<Program> program = plan.program().map(context.programs::get);
        program.ifPresent(
                p -> p.sections().forEach(s -> text.append(s.body().orElse("")).append('\n')));
        return ASKS.matcher(VietnameseText.fold(text.toString())).find();
    }

    /** True when the unit is a department, district or commune that the issuer directs (through its parents). */
    static boolean executiveUnder(UnitCode unit, UnitCode issuer, CheckContext context) {
        OrgUnit lead = context.units.get(unit);
        if (lead == null || !EXECUTIVE.contains(lead.kind())) {
            return false;
        }
        Set<UnitCode> seen = new HashSet<>();
        Optional<UnitCode> parent = lead.parent();
        while (parent.isPresent() && seen.add(parent.get())) {
            if (parent.get().equals(issuer)) {
                return true;
            }
            OrgUnit up = context.units.get(parent.get());
            parent = up == null ? Optional.empty() : up.parent();
        }
        return false;
    }
}
