package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/**
 * An org unit (đơn vị): a party committee, council, people's committee, department, district,
 * commune, enterprise, university or institute.
 *
 * @param code stable code, e.g. {@code SKHCN}
 * @param name full name, e.g. "Sở Khoa học và Công nghệ"
 * @param shortName the name as appendix tables print it, e.g. "Sở KH&amp;CN"
 * @param kind what sort of unit it is
 * @param parent the unit it belongs to (a department to the People's Committee), if any
 * @param aliases other names documents call the unit by, registered for the unit-name resolver
 *     ("Bộ Nông nghiệp và PTNT", "Quỹ Phát triển đất TP"): each cleaned to one line, blanks and
 *     repeats dropped, in the order given
 */
public record OrgUnit(
        UnitCode code,
        String name,
        Optional<String> shortName,
        UnitKind kind,
        Optional<UnitCode> parent,
        List<String> aliases) {
    /** A unit with no registered aliases. */
    public OrgUnit(UnitCode code, String name, Optional<String> shortName, UnitKind kind, Optional<UnitCode> parent) {
        this(code, name, shortName, kind, parent, List.of());
    }

    public OrgUnit {
        requireNonNull(code, "code is null");
        name = Texts.line(name, "name");
        if (name.isEmpty()) {
            throw new InvalidInputException(
                    Message.of("đơn vị " + code + " chưa có tên", "unit " + code + " has a blank name"));
        }
        shortName = Texts.line(shortName, "shortName");
        requireNonNull(kind, "kind is null");
        parent = Texts.optional(parent, "parent");
        if (parent.isPresent() && parent.get().equals(code)) {
            throw new InvalidInputException(Message.of(
                    "đơn vị " + code + " không thể là cấp trên của chính nó",
                    "unit " + code + " cannot be its own parent"));
        }
        aliases = Texts.lines(aliases, "aliases").stream().distinct().toList();
    }

    public static OrgUnit of(String code, String name, UnitKind kind) {
        return new OrgUnit(UnitCode.of(code), name, Optional.empty(), kind, Optional.empty());
    }

    public OrgUnit withParent(UnitCode parentCode) {
        return new OrgUnit(code, name, shortName, kind, Optional.of(parentCode), aliases);
    }

    public OrgUnit withShortName(String newShortName) {
        return new OrgUnit(code, name, Optional.of(newShortName), kind, parent, aliases);
    }

    /** The same unit answering also to {@code newAliases} (replacing the ones it had). */
    public OrgUnit withAliases(List<String> newAliases) {
        return new OrgUnit(code, name, shortName, kind, parent, newAliases);
    }

    /** The name tables print: the short name when there is one. */
    public String displayName() {
        return shortName.orElse(name);
    }
}
