package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.junit.jupiter.api.Test;

class ObjectReaderTest {
    private final Problems problems = new Problems("units.json", 100);
    private final Scalars in = new Scalars(problems);

    private static Node object(Map<String, Node> fields) {
        Map<String, Node> copy = Node.newFields();
        copy.putAll(fields);
        return new Node(Node.Type.OBJECT, "/units/0", 3, 5, copy);
    }

    private static Node string(String name, String value) {
        return new Node(Node.Type.STRING, "/units/0/" + name, 4, 9, value);
    }

    @Test
    void aCompleteObjectIsBuilt() {
        Node n = object(Map.of(
                "code",
                string("code", "SKHCN"),
                "name",
                string("name", "Sở KH&CN"),
                "kind",
                string("kind", "so-nganh")));

        OrgUnit unit = UnitCodec.read(in, n);

        assertThat(problems.list()).isEmpty();
        assertThat(unit.code()).isEqualTo(UnitCode.of("SKHCN"));
        assertThat(unit.kind()).isEqualTo(UnitKind.fromCode("so-nganh"));
    }

    @Test
    void aMissingPropertyAndAnUnknownOneAreBothReportedAndNothingIsBuilt() {
        Node n = object(Map.of(
                "code",
                string("code", "SKHCN"),
                "kind",
                string("kind", "so-nganh"),
                "colour",
                string("colour", "red")));

        assertThat(UnitCodec.read(in, n)).isNull();

        assertThat(problems.list())
                .extracting(p -> p.location() + " " + p.pointer())
                .containsExactly("units.json:3:5 /units/0", "units.json:4:9 /units/0/colour");
        assertThat(problems.list())
                .extracting(p -> p.message().en())
                .containsExactly(
                        "missing required property \"name\"",
                        "unknown property \"colour\" (known: code, kind, name, parent, shortName)");
    }

    @Test
    void anUnreadableOptionalPartFailsTheObjectWithoutANullPart() {
        ObjectReader o = new ObjectReader(in, object(Map.of("parent", string("parent", ""))));

        Optional<UnitCode> parent = o.optId("parent", UnitCode::of);
        Object built = o.build("unit", () -> "built");

        assertThat(parent).isEmpty();
        assertThat(built).isNull();
        assertThat(problems.list()).hasSize(1);
    }

    @Test
    void aConstructorsRefusalIsReportedAtTheObject() {
        ObjectReader o = new ObjectReader(in, object(Map.of()));

        Object built = o.build("unit", () -> {
            throw new IllegalArgumentException("a unit cannot be its own parent");
        });

        assertThat(built).isNull();
        assertThat(problems.list())
                .singleElement()
                .satisfies(p -> assertThat(p.message().en()).isEqualTo("invalid unit: a unit cannot be its own parent"))
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/units/0"));
    }

    @Test
    void nullElementsOfAListAreReportedAndLeftOut() {
        List<Node> elements = new ArrayList<>();
        elements.add(new Node(Node.Type.STRING, "/units/0/goals/0", 5, 3, "a"));
        elements.add(new Node(Node.Type.NULL, "/units/0/goals/1", 6, 3, null));
        Node list = new Node(Node.Type.ARRAY, "/units/0/goals", 4, 12, elements);
        ObjectReader o = new ObjectReader(in, object(Map.of("goals", list)));

        assertThat(o.list("goals", Scalars::string)).containsExactly("a");
        assertThat(o.ok()).isFalse();
        assertThat(problems.list())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.location() + " " + p.pointer()).isEqualTo("units.json:6:3 /units/0/goals/1"))
                .satisfies(p -> assertThat(p.message().en()).isEqualTo("an element cannot be null"));
    }
}
